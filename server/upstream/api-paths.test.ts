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

  it.each([
    '/api/v2/sitelocation/ccc7deb3-b118-4f29-9d3f-6446513130b0',
    '/api/v2/scripttemplates?scriptType=SBC&allDetails=true',
    '/api/v2/oc/callingprofile',
    '/api/v2/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2/sitelocation/ccc7deb3-b118-4f29-9d3f-6446513130b0/dialplan/CustDialPlan',
  ])('forwards the SIP connection read %s for GET', (url) => {
    expect(checkApiPath(url, 'GET')).toEqual({ ok: true, pathAndQuery: url });
  });

  it.each([
    ['POST', '/api/v2/sitelocation/x'],
    ['DELETE', '/api/v2/sitelocation/x'],
    ['PATCH', '/api/v2/scripttemplates'],
    ['HEAD', '/api/v2/oc/callingprofile'],
  ])('refuses %s %s: documented for GET only', (method, url) => {
    expect(checkApiPath(url, method)).toMatchObject({ ok: false, status: 405 });
  });

  it.each(['/api/v2/sitelocation', '/api/v2/sitelocation/', '/api/v2/sitelocation/x/y', '/api/v2/scripttemplates/5', '/api/v2/oc/lead', '/api/v2/oc/callingprofiles'])(
    'refuses the undocumented neighbour %s with 404',
    (url) => {
      expect(checkApiPath(url, 'GET')).toMatchObject({ ok: false, status: 404 });
    },
  );

  it('checks the path only: a query may hold dots', () => {
    expect(checkApiPath('/api/v3/customer?q=../x')).toMatchObject({ ok: true });
  });
});
