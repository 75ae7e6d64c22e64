// @vitest-environment node
import { Readable } from 'node:stream';
import { fixtures } from '../../simulator/fixtures';
import { filterBody, redactSecrets, responseFilterFor } from './response-filters';
import { SeenValues } from './seen-values';

const run = (method: string, path: string, body: string, status = 200) => {
  const filter = responseFilterFor(method, path);
  if (!filter) throw new Error(`no filter for ${method} ${path}`);
  return filterBody(Readable.from([Buffer.from(body)]), status, filter, new SeenValues());
};

describe('response filters', () => {
  it('replaces every secret-like variable value of a SIP connection, any spelling, at any depth', async () => {
    const body = { ...fixtures.siteLocation, extra: { CARRIER_PWD: 'p1', apiKey: '', Token: null, note: 'kept' } };
    const out = await run('GET', '/api/v2/sitelocation/abc', JSON.stringify(body));
    expect(out.ok).toBe(true);
    const text = out.ok ? out.text : '';
    expect(text).not.toContain('Site2#%00500');
    expect(text).not.toContain('p1');
    expect(JSON.parse(text)).toMatchObject({
      sbcInfo: { sbcScripts: { customerVariables: { CarrierUserPassword: { redacted: true, set: true }, CarierMailLine: 'Site2MainLine123' } } },
      extra: { CARRIER_PWD: { redacted: true, set: true }, apiKey: { redacted: true, set: false }, Token: { redacted: true, set: false }, note: 'kept' },
    });
  });

  it('in script templates only inside customerVariables: relatedScripts[].key stays an id', () => {
    const templates = [{ id: 7, relatedScripts: [{ key: 700, value: 'x' }], customerVariables: { AdminPassword: 'x', Port: '5060' } }];
    expect(redactSecrets(templates, false)).toEqual([
      { id: 7, relatedScripts: [{ key: 700, value: 'x' }], customerVariables: { AdminPassword: { redacted: true, set: true }, Port: '5060' } },
    ]);
  });

  it('never forwards a success it cannot read; passes an error page as it came', async () => {
    expect(await run('GET', '/api/v2/sitelocation/abc', 'CarrierUserPassword=secret')).toEqual({ ok: false });
    expect(await run('GET', '/api/v2/sitelocation/abc', '<html>Bad gateway</html>', 502)).toEqual({ ok: true, text: '<html>Bad gateway</html>' });
  });

  it('applies to the documented methods and paths only', () => {
    expect(responseFilterFor('GET', '/api/v2/sitelocation/abc?x=1')).toBeDefined();
    expect(responseFilterFor('GET', '/api/v3/customer')).toBeUndefined();
    expect(responseFilterFor('GET', '/api/ovoc/v1/topology/customers/1')).toBeUndefined();
  });
});
