import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { handleSessionError } from '../api/session';
import { createQueryClient } from './query-client';

vi.mock('../api/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/session')>()),
  handleSessionError: vi.fn(),
}));

const signInRequired = new ApiError('Sign-in required', { kind: 'http', method: 'GET', url: '/api/v3/customer', status: 401, title: 'Sign-in required' });

describe('the app QueryClient', () => {
  it('hands every failed query and mutation to the session handler (which signs in again on a lost session)', async () => {
    const client = createQueryClient();
    await client
      .fetchQuery(queryOptions({ queryKey: ['x'], queryFn: () => Promise.reject(signInRequired), retry: false }))
      .catch(() => undefined);
    const mutation = client.getMutationCache().build(client, mutationOptions({ mutationFn: () => Promise.reject(signInRequired) }));
    await mutation.execute(undefined).catch(() => undefined);
    expect(vi.mocked(handleSessionError).mock.calls.map(([error]) => error)).toEqual([signInRequired, signInRequired]);
  });
});
