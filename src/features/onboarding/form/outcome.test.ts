import { ApiError, type ApiErrorDetails } from '../../../api/http';
import { classifyCreateFailure } from './outcome';

const error = (details: Partial<ApiErrorDetails>) =>
  new ApiError('failed', { kind: 'http', method: 'POST', url: '/api/v2/customer', ...details });

describe('classifyCreateFailure', () => {
  it('treats a lost answer as an unknown outcome: timeout, network, 502, 504, an unreadable 200', () => {
    expect(classifyCreateFailure(error({ kind: 'timeout' }))).toBe('unknown');
    expect(classifyCreateFailure(error({ kind: 'network' }))).toBe('unknown');
    expect(classifyCreateFailure(error({ status: 502 }))).toBe('unknown');
    expect(classifyCreateFailure(error({ status: 504 }))).toBe('unknown');
    expect(classifyCreateFailure(error({ kind: 'parse', status: 200 }))).toBe('unknown');
  });

  it('treats answers from the platform as refusals', () => {
    expect(classifyCreateFailure(error({ status: 409, errorCode: 'DuplicateShortName' }))).toBe('duplicate');
    expect(classifyCreateFailure(error({ status: 409, title: 'Customer short name already exists' }))).toBe('duplicate');
    // The OVOC pages document 409 for a failed tenant id validation: not a name clash.
    expect(classifyCreateFailure(error({ status: 409, title: 'Conflict: tenant ID validation failed' }))).toBe('other');
    expect(classifyCreateFailure(error({ status: 400, fieldErrors: { shortName: ['taken'] } }))).toBe('validation');
    expect(classifyCreateFailure(error({ status: 400 }))).toBe('other');
    expect(classifyCreateFailure(error({ status: 500 }))).toBe('other');
    expect(classifyCreateFailure(error({ status: 503 }))).toBe('other');
    expect(classifyCreateFailure(new Error('bug'))).toBe('other');
  });
});
