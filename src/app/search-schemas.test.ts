import { customerSearchSchema } from '../features/customer/search';
import { healthSearchDefaults, healthSearchSchema } from '../features/health/search';
import { onboardingSearchSchema } from '../features/onboarding/search';
import { servicesSearchSchema } from '../features/services/search';

describe('services search schema', () => {
  it('fills defaults when params are missing', () => {
    expect(servicesSearchSchema.parse({})).toEqual({ q: '', license: [], health: [], sort: '' });
  });

  it('accepts well-formed values', () => {
    expect(servicesSearchSchema.parse({ q: 'contoso', license: [1, 4], sort: '-licenseType' })).toEqual({
      q: 'contoso',
      license: [1, 4],
      health: [],
      sort: '-licenseType',
    });
  });

  it('reads license lists comma-separated, repeated, single or as JSON arrays', () => {
    expect(servicesSearchSchema.parse({ license: '1,2' }).license).toEqual([1, 2]);
    expect(servicesSearchSchema.parse({ license: [3, '4'] }).license).toEqual([3, 4]);
    expect(servicesSearchSchema.parse({ license: 5 }).license).toEqual([5]);
    expect(servicesSearchSchema.parse({ license: ' 0 , 0,1 ' }).license).toEqual([0, 1]);
  });

  it('drops license items outside 0..5 or not integers instead of failing', () => {
    expect(servicesSearchSchema.parse({ license: '1,9,x,-1,2.5,3' }).license).toEqual([1, 3]);
  });

  it('falls back to defaults for malformed values and never throws', () => {
    const malformed = [
      { q: { nested: true }, license: { a: 1 }, sort: 'drop table;' },
      { q: null, license: null, sort: 42 },
      { q: [1, 2], license: 'abc', sort: '--x' },
      { license: true, sort: '' },
    ];
    for (const input of malformed) {
      expect(() => servicesSearchSchema.parse(input)).not.toThrow();
      const parsed = servicesSearchSchema.parse(input);
      expect(parsed.license).toEqual([]);
      expect(parsed.sort).toBe('');
    }
  });

  it('keeps a numeric or boolean q (the router JSON-parses ?q=123) as text', () => {
    expect(servicesSearchSchema.parse({ q: 123 }).q).toBe('123');
    expect(servicesSearchSchema.parse({ q: true }).q).toBe('true');
  });
});

describe('health search schema', () => {
  it('fills defaults when params are missing', () => {
    expect(healthSearchSchema.parse({})).toEqual(healthSearchDefaults);
    expect(healthSearchDefaults).toMatchObject({ q: '', status: [], license: [], source: [], sort: '' });
  });

  it('reads word lists in any shape and lets unknown words through', () => {
    const parsed = healthSearchSchema.parse({
      status: 'ERROR,WARNING,SOMETHING_NEW',
      license: ['ESSENTIAL', 'PRO_IMTR'],
      source: 'OVOC',
    });
    expect(parsed.status).toEqual(['ERROR', 'WARNING', 'SOMETHING_NEW']);
    expect(parsed.license).toEqual(['ESSENTIAL', 'PRO_IMTR']);
    expect(parsed.source).toEqual(['OVOC']);
  });

  it('falls back to defaults for malformed values', () => {
    const parsed = healthSearchSchema.parse({ status: { x: 1 }, license: null, source: [{}, null], sort: '%%' });
    expect(parsed).toEqual(healthSearchDefaults);
  });
});

describe('customer and onboarding search schemas', () => {
  it('accept anything and keep nothing', () => {
    expect(customerSearchSchema.parse({ tab: 'x' })).toEqual({});
    expect(onboardingSearchSchema.parse({})).toEqual({});
  });
});
