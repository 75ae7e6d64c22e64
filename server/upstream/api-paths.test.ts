// @vitest-environment node
import { checkApiPath } from './api-paths';

describe('checkApiPath', () => {
  it.each(['/api/v3/customer', '/api/v3/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2?allDetails=true', '/api/anything/else'])(
    'lets %s on to the table of calls',
    (url) => {
      expect(checkApiPath(url)).toEqual({ ok: true });
    },
  );

  it.each([
    '/api/v3/customer/../../admin',
    '/api/v3/customer/..',
    '/api/v3/customer/./x',
    '/api/v3/customer/%2e%2e/admin',
    '/api/v3/customer/%2E%2E/admin',
    '/api/v3/customer/.%2e/admin',
    '/api/v3/customer/%252e%252e/admin',
    '/api/v3/customer/x%2fy',
    '/api/v3/customer/x%5cy',
    '/api/v3/customer\\..\\admin',
    '/api/v3/customer//admin',
    '/api/v3/customer/x%00',
    '/api/v3/customer/a b',
  ])('refuses the traversal attempt %s with 400', (url) => {
    expect(checkApiPath(url)).toMatchObject({ ok: false, status: 400 });
  });

  it('checks the path only: a query may hold dots', () => {
    expect(checkApiPath('/api/v3/customer?q=../x')).toMatchObject({ ok: true });
  });
});
