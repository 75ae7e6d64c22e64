import { seed } from '../../../simulator/seed';
import { shownText, summarize, usageRatio } from './summary';
import { brief } from './test/rows';

describe('summarize', () => {
  it('adds up the documented list, leaving nulls out instead of counting them as 0', () => {
    expect(summarize(seed.servicesBrief, 35)).toEqual({
      shown: 35,
      total: 35,
      directRouting: 27,
      operatorConnect: 8,
      otherFamily: 0,
      licensedUsers: 710,
      activeUsers: 28,
      licensedReported: 16,
      activeReported: 34,
    });
  });

  it('counts unknown license types apart', () => {
    expect(summarize([brief({ licenseType: 8 }), brief({ licenseType: null })], 10)).toMatchObject({ otherFamily: 2, shown: 2 });
  });

  it('words the count', () => {
    expect(shownText({ shown: 35, total: 35 })).toBe('35 customers');
    expect(shownText({ shown: 5, total: 50000 })).toBe('5 of 50,000 customers');
    expect(shownText({ shown: 1, total: 1 })).toBe('1 customer');
  });
});

describe('usageRatio', () => {
  it('is active over licensed, clamped, and unknown without both numbers', () => {
    expect(usageRatio(5, 20)).toBe(0.25);
    expect(usageRatio(30, 20)).toBe(1);
    expect(usageRatio(0, null)).toBeNull();
    expect(usageRatio(null, 10)).toBeNull();
    expect(usageRatio(0, 0)).toBeNull();
  });
});
