import { API_CALLS, API_METHODS, isTableCall, matchApiCall, queryProblem, roleAtLeast } from './api-calls';

const GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';

describe('the table of calls', () => {
  it.each([
    ['GET', '/api/v3/customer'],
    ['GET', `/api/v3/customer/${GUID}`],
    ['GET', `/api/v3/customer/${GUID}?allDetails=true`],
    ['GET', '/api/v3/customer?allDetails=true'],
    ['GET', '/api/v2/sitelocation/ccc7deb3-b118-4f29-9d3f-6446513130b0'],
    ['GET', '/api/v2/scripttemplates?scriptType=SBC&allDetails=true'],
    ['GET', '/api/ovoc/v1/topology/services/'],
    ['PUT', '/api/ovoc/v1/topology/customers/42'],
    ['GET', '/api/v2/task/tsk_0a1B-2'],
    ['GET', `/api/v2/task/${GUID}`],
    ['POST', '/api/v2/customer'],
    ['DELETE', `/api/v2/customer/${GUID}`],
  ])('takes %s %s', (method, target) => {
    expect(isTableCall(method, target)).toBe(true);
  });

  it.each([
    ['DELETE', '/api/ovoc/v1/topology/services/17'],
    ['PUT', '/api/ovoc/v1/topology/services/17'],
    ['PATCH', `/api/v2/customer/${GUID}/sitelocation/`],
    ['POST', `/api/v2/customer/${GUID}/action/ovocimport`],
    ['DELETE', `/api/v3/customer/${GUID}`],
    ['POST', '/api/ovoc/v1/topology/channels/'],
    ['GET', '/api/v3/customer/not-a-guid'],
    ['PUT', '/api/ovoc/v1/topology/customers/4x2'],
    ['GET', '/api/v2/task/'],
    ['GET', '/api/v2/task/a.b'],
    ['GET', '/api/v3/customer/'],
    ['GET', '/api/v3/customer?allDetails=yes'],
    ['GET', `/api/v3/customer/${GUID}?allDetails=yes`],
    ['GET', `/api/v3/customer/${GUID}?allDetails=true&allDetails=false`],
    ['GET', `/api/v3/customer/${GUID}?__proto__=x`],
    ['HEAD', '/api/v3/customer'],
  ])('refuses %s %s', (method, target) => {
    expect(isTableCall(method, target)).toBe(false);
  });

  it('names the methods a known path takes', () => {
    expect(matchApiCall('DELETE', '/api/v2/customer')).toEqual({ kind: 'method', allow: ['POST'] });
    expect(matchApiCall('PUT', `/api/v2/customer/${GUID}`)).toEqual({ kind: 'method', allow: ['DELETE'] });
    expect(matchApiCall('GET', '/api/v9/customer')).toEqual({ kind: 'none' });
  });

  it('gives each parameter its name', () => {
    expect(matchApiCall('DELETE', `/api/v2/customer/${GUID}`)).toMatchObject({ kind: 'call', params: { guid: GUID } });
  });

  it('does not echo the query text in its reason', () => {
    const call = API_CALLS[0];
    expect(call && queryProblem(call, '<script>=1')).not.toContain('script');
  });

  it('every row has a method of the list and a role, and no two rows are the same call', () => {
    const keys = API_CALLS.map((call) => `${call.method} ${call.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const call of API_CALLS) expect(API_METHODS).toContain(call.method);
  });

  it('orders the roles', () => {
    expect(roleAtLeast('admin', 'onboarding')).toBe(true);
    expect(roleAtLeast('onboarding', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'viewer')).toBe(true);
  });
});
