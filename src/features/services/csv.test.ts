import { seed } from '../../../simulator/seed';
import { csvField, csvFileName, servicesCsv, toCsv } from './csv';
import { brief } from './test/rows';

describe('csvField', () => {
  it('leaves plain text and numbers alone, and writes null as an empty field (not 0)', () => {
    expect(csvField('royDY')).toBe('royDY');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Brew, Haven')).toBe('"Brew, Haven"');
    expect(csvField('The "best" SBC')).toBe('"The ""best"" SBC"');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField("Tobi's Service")).toBe("Tobi's Service");
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    // Only the start counts; numbers stay numbers.
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-5)).toBe('-5');
  });
});

describe('servicesCsv', () => {
  it('writes a header and one CRLF-terminated line per row, license as name and family', () => {
    const csv = servicesCsv(seed.servicesBrief.slice(0, 1).concat(seed.servicesBrief.slice(6, 7)));
    expect(csv.split('\r\n')).toEqual([
      'Short name,Full name,License type,License family,Licensed users,Active users,Live Hub active users,Live Hub simple users,Microsoft tenant id,GUID',
      'royDY,royDR,Hosted Essentials,Direct Routing,,0,,,,0ad77c8d-c023-4054-ac4e-07d02b4b07a6',
      '24124,24124 walter pro,Hosted Pro,Direct Routing,20,1,0,5,c524b5f5-fd18-43c0-964c-bc5d35525eaa,0d3e4dd6-ed30-4656-8601-27396a26e594',
      '',
    ]);
  });

  it('shows an unknown license type as it came, with no family', () => {
    const csv = servicesCsv([brief({ customerShortName: 'x', customerFullName: '=cmd|calc', licenseType: 9, umpCustomerGuid: 'g' })]);
    expect(csv.split('\r\n')[1]).toBe("x,'=cmd|calc,9,,,0,,,,g");
  });

  it('round-trips quoted fields', () => {
    const csv = toCsv(['a', 'b'], [['x,"y"', 'z\nw']]);
    expect(csv).toBe('a,b\r\n"x,""y""","z\nw"\r\n');
  });
});

describe('csvFileName', () => {
  it('uses the local date', () => {
    expect(csvFileName(new Date(2025, 0, 5, 23, 59))).toBe('customers-2025-01-05.csv');
  });
});
