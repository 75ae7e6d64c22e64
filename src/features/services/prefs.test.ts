import { DEFAULT_PREFS, loadPrefs, parsePrefs, PREFS_KEY, savePrefs, visibleColumnIds } from './prefs';

describe('stored view preferences', () => {
  afterEach(() => localStorage.clear());

  it('hides the guid by default', () => {
    expect(visibleColumnIds(DEFAULT_PREFS.columnVisibility)).not.toContain('umpCustomerGuid');
    expect(visibleColumnIds(DEFAULT_PREFS.columnVisibility)).toContain('msTenantId');
  });

  it('round-trips through localStorage', () => {
    savePrefs({ columnVisibility: { umpCustomerGuid: true, msTenantId: false }, density: 'compact' });
    expect(loadPrefs()).toEqual({ columnVisibility: { umpCustomerGuid: true, msTenantId: false }, density: 'compact' });
  });

  it('falls back to defaults for anything it cannot trust', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('[1,2]')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{"density":"huge","columnVisibility":{"msTenantId":"no"}}')).toEqual(DEFAULT_PREFS);
  });

  it('drops unknown columns and never hides the short name', () => {
    const prefs = parsePrefs(JSON.stringify({ columnVisibility: { bogus: false, customerShortName: false, licenseType: false }, density: 'compact' }));
    expect(prefs.columnVisibility).toEqual({ umpCustomerGuid: false, licenseType: false });
    expect(prefs.density).toBe('compact');
  });

  it('survives storage that throws', () => {
    localStorage.setItem(PREFS_KEY, 'x');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(loadPrefs()).toEqual(DEFAULT_PREFS);
  });
});
