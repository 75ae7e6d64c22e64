import { auditEntry } from '../../test/audit-stand-in';
import { auditCsv } from './format';

describe('the audit CSV', () => {
  it('writes every field an investigation needs, one line per entry', () => {
    const csv = auditCsv([auditEntry({ seq: 7, at: '2026-03-01T09:07:00.000Z', requestId: 'req-abc', outcome: { status: 504, ok: false, note: 'timeout', errorTicket: 'T-1', traceId: 'tr-1', durationMs: 20000 } })]);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('Seq,Time (UTC),Person,E-mail,Subject,Role,Action,Method,Resource,Short name,GUID,Status,Succeeded,Note,ErrorTicket,Trace id,Duration (ms),Request id');
    expect(line).toBe('7,2026-03-01T09:07:00.000Z,Omar Sales,omar@provider.example,omar,onboarding,create,POST,/api/v2/customer,AcmeCo,,504,no,timeout,T-1,tr-1,20000,req-abc');
  });

  it('never hands a spreadsheet a formula, whoever typed it', () => {
    const csv = auditCsv([auditEntry({ shortName: '=HYPERLINK("http://evil.example","x")', actor: { subject: '@sub', name: '+Mallory', email: '-x@evil.example', role: null } })]);
    const line = csv.split('\r\n')[1] ?? '';
    expect(line).toContain(`'+Mallory,'-x@evil.example,'@sub`);
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });
});
