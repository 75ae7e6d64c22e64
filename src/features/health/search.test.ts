import { healthSearchDefaults, healthSearchSchema } from './search';

describe('healthSearchSchema', () => {
  it('fills defaults for an empty query', () => {
    expect(healthSearchSchema.parse({})).toEqual(healthSearchDefaults);
  });

  it('reads lists in every shape the router hands over, keeping unknown words', () => {
    expect(healthSearchSchema.parse({ status: 'ERROR,DEGRADED', license: ['PRO', 'PRO_IMTR'], source: 'DM' })).toMatchObject({
      status: ['ERROR', 'DEGRADED'],
      license: ['PRO', 'PRO_IMTR'],
      source: ['DM'],
    });
  });

  it('reads the customer id as digits, from a number or text', () => {
    expect(healthSearchSchema.parse({ customer: 79192 }).customer).toBe('79192');
    expect(healthSearchSchema.parse({ customer: ' 85844 ' }).customer).toBe('85844');
  });

  it('never fails on malformed params: each falls back to its default', () => {
    const parsed = healthSearchSchema.parse({
      q: { nested: true },
      status: { a: 1 },
      license: null,
      source: [[]],
      sort: 'DROP TABLE;',
      customer: '12abc',
    });
    expect(parsed).toEqual(healthSearchDefaults);
    expect(healthSearchSchema.parse({ customer: -5 }).customer).toBe('');
    expect(healthSearchSchema.parse({ customer: 1.5 }).customer).toBe('');
    expect(healthSearchSchema.parse({ customer: '1234567890123456789' }).customer).toBe('');
  });
});
