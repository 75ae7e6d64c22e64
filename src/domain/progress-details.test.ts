import fc from 'fast-check';
import example from '../../simulator/fixtures/ump-create-response.json';
import { parseProgressDetails, progressSeverity } from './progress-details';

describe('parseProgressDetails', () => {
  it("reads the create page's example into its five steps, in order", () => {
    expect(parseProgressDetails(example.progressDetails)).toEqual([
      { level: 'Information', message: 'MsTenantid is valid' },
      { level: 'Information', message: 'Customer data created!' },
      { level: 'Information', message: 'SBC sbc-onboarding done for site SaraTest1.' },
      { level: 'Information', message: 'CreateSiteInOvoc started.' },
      { level: 'Information', message: 'Site created in Ovoc' },
    ]);
  });

  it('gives nothing for null, undefined, empty and blank text', () => {
    expect(parseProgressDetails(null)).toEqual([]);
    expect(parseProgressDetails(undefined)).toEqual([]);
    expect(parseProgressDetails('')).toEqual([]);
    expect(parseProgressDetails('  ;  ')).toEqual([]);
    expect(parseProgressDetails('();()')).toEqual([]);
  });

  it('keeps commas inside a message: only the first comma separates the level', () => {
    expect(parseProgressDetails('(Warning, SBC slow, retrying, attempt 2)')).toEqual([
      { level: 'Warning', message: 'SBC slow, retrying, attempt 2' },
    ]);
  });

  it('keeps semicolons and balanced brackets inside a message', () => {
    expect(parseProgressDetails('(Error, SBC (id 5) unknown; site not deployed);(Information, done)')).toEqual([
      { level: 'Error', message: 'SBC (id 5) unknown; site not deployed' },
      { level: 'Information', message: 'done' },
    ]);
  });

  it('reads a step without a level as a message with a null level', () => {
    expect(parseProgressDetails('(Customer data created!);(, Site created)')).toEqual([
      { level: null, message: 'Customer data created!' },
      { level: null, message: 'Site created' },
    ]);
  });

  it('does not mistake message text before a comma for a level', () => {
    expect(parseProgressDetails('(Site 2 created, in Ovoc)')).toEqual([{ level: null, message: 'Site 2 created, in Ovoc' }]);
  });

  it('reads a known level alone as a level without a message', () => {
    expect(parseProgressDetails('(Error)')).toEqual([{ level: 'Error', message: '' }]);
  });

  it('accepts missing semicolons, extra spaces and a trailing separator', () => {
    expect(parseProgressDetails(' (Information, a)(Warning, b) ; (Error, c); ')).toEqual([
      { level: 'Information', message: 'a' },
      { level: 'Warning', message: 'b' },
      { level: 'Error', message: 'c' },
    ]);
  });

  it('reads steps without brackets, separated by semicolons', () => {
    expect(parseProgressDetails('Information, MsTenantid is valid;Error, SBC failed')).toEqual([
      { level: 'Information', message: 'MsTenantid is valid' },
      { level: 'Error', message: 'SBC failed' },
    ]);
  });

  it('falls back to the ")(" boundaries when brackets do not balance', () => {
    expect(parseProgressDetails('(Information, sad :( face);(Information, done)')).toEqual([
      { level: 'Information', message: 'sad :( face' },
      { level: 'Information', message: 'done' },
    ]);
  });

  it('round-trips any list of steps written the documented way', () => {
    const level = fc.constantFrom('Information', 'Warning', 'Error');
    // Messages as the platform writes them: any text without brackets, starting with a non-space.
    const message = fc
      .string({ unit: fc.constantFrom(...'abcXYZ09 ,.!;:-_'.split('')), minLength: 1, maxLength: 30 })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(fc.record({ level, message }), { maxLength: 8 }), (steps) => {
        const text = steps.map((s) => `(${s.level}, ${s.message})`).join(';');
        expect(parseProgressDetails(text)).toEqual(steps);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('(', ')', ';', ',', ' ', 'a', 'E') }), (text) => {
        for (const step of parseProgressDetails(text)) expect(typeof step.message).toBe('string');
      }),
    );
  });
});

describe('progressSeverity', () => {
  it('maps the level words, open to unknown ones', () => {
    expect(progressSeverity('Information')).toBe('info');
    expect(progressSeverity('warning')).toBe('warning');
    expect(progressSeverity('ERROR')).toBe('error');
    expect(progressSeverity('Success')).toBe('success');
    expect(progressSeverity('Banana')).toBe('unknown');
    expect(progressSeverity(3)).toBe('unknown');
    expect(progressSeverity(null)).toBe('unknown');
  });
});
