import { healthSearchDefaults, healthSearchSchema } from './search';

describe('healthSearchSchema', () => {
  it('fills defaults for an empty query', () => {
    expect(healthSearchSchema.parse({})).toEqual(healthSearchDefaults);
  });

  it('reads lists in every shape the router hands over, keeping unknown words', () => {
    expect(healthSearchSchema.parse({ status: 'ERROR,DEGRADED', license: ['PRO', 'PRO_IMTR'], source: 'DM' })).toMatchObject({
      status: ['ERROR', 'DEGRADED'],
      license: ['PRO', 'PRO_IMTR'],
      source: ['DM'],
    });
  });

  it('reads the customer id as a positive whole number, from a number or text', () => {
    expect(healthSearchSchema.parse({ customer: 79192 }).customer).toBe(79192);
    expect(healthSearchSchema.parse({ customer: ' 85844 ' }).customer).toBe(85844);
    expect(healthSearchSchema.parse({}).customer).toBeUndefined();
  });

  it('never fails on malformed params: each falls back to its default', () => {
    const parsed = healthSearchSchema.parse({
      q: { nested: true },
      status: { a: 1 },
      license: null,
      source: [[]],
      sort: 'DROP TABLE;',
      customer: '12abc',
    });
    expect(parsed).toEqual(healthSearchDefaults);
    for (const customer of [-5, 0, 1.5, '1234567890123456789', true, [1], { id: 1 }]) {
      expect(healthSearchSchema.parse({ customer }).customer, JSON.stringify(customer)).toBeUndefined();
    }
  });
});
