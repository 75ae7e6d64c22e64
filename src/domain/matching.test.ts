import { buildOvocIndex, lookupOvoc, matchOvocServices, type OvocMatchable } from './matching';

interface Svc extends OvocMatchable {
  id: number;
}

const GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
const customer = { guid: GUID, shortName: 'BradOCDev1' };

describe('matchOvocServices', () => {
  it('matches by umpId, case-insensitively, and prefers it over a name match', () => {
    const services: Svc[] = [
      { id: 1, umpId: null, name: 'BradOCDev1', serviceName: 'BradOCDev1' },
      { id: 2, umpId: GUID.toUpperCase(), name: 'renamed', serviceName: 'renamed' },
    ];
    expect(matchOvocServices(customer, services)).toEqual({ services: [services[1]], matchedBy: 'id' });
  });

  it('matches by serviceId when it carries the guid', () => {
    const services: Svc[] = [{ id: 3, serviceId: ` ${GUID} `, name: 'other' }];
    expect(matchOvocServices(customer, services)).toEqual({ services: [services[0]], matchedBy: 'id' });
  });

  it('lists a service once when umpId and serviceId are both the guid', () => {
    const services: Svc[] = [{ id: 4, umpId: GUID, serviceId: GUID }];
    expect(matchOvocServices(customer, services).services).toHaveLength(1);
  });

  it('falls back to name or serviceName, case-insensitively, and says so', () => {
    const services: Svc[] = [
      { id: 5, name: 'bradocdev1', serviceName: 'BRADOCDEV1' },
      { id: 6, name: 'something-else', serviceName: 'BradOcDev1' },
      { id: 7, name: 'unrelated', serviceName: 'unrelated' },
    ];
    expect(matchOvocServices(customer, services)).toEqual({ services: [services[0], services[1]], matchedBy: 'name' });
  });

  it('never matches by name a service whose umpId names another customer', () => {
    const services: Svc[] = [{ id: 8, umpId: '11111111-1111-4111-8111-111111111111', name: 'BradOCDev1' }];
    expect(matchOvocServices(customer, services)).toEqual({ services: [], matchedBy: null });
  });

  it('finds nothing when nothing matches, and ignores blank keys', () => {
    const services: Svc[] = [
      { id: 9, umpId: '', serviceId: null, name: '', serviceName: '   ' },
      { id: 10, name: 'customera-dm' },
    ];
    expect(matchOvocServices(customer, services)).toEqual({ services: [], matchedBy: null });
    expect(matchOvocServices({ guid: '', shortName: '' }, services)).toEqual({ services: [], matchedBy: null });
    expect(matchOvocServices(customer, [])).toEqual({ services: [], matchedBy: null });
  });
});

describe('buildOvocIndex + lookupOvoc', () => {
  it('answers every customer of a long list like matchOvocServices does', () => {
    const customers = Array.from({ length: 300 }, (_, i) => ({
      guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      shortName: `Cust${i}`,
    }));
    // Even rows are linked by umpId, every third by name only, the rest have no service.
    const services: Svc[] = customers.flatMap((c, i): Svc[] => {
      if (i % 2 === 0) return [{ id: i, umpId: c.guid.toUpperCase(), name: c.shortName }];
      if (i % 3 === 0) return [{ id: i, umpId: null, serviceName: c.shortName.toLowerCase() }];
      return [];
    });
    const index = buildOvocIndex(services);
    for (const c of customers) expect(lookupOvoc(index, c)).toEqual(matchOvocServices(c, services));
    const [first, second, , fourth] = customers;
    if (!first || !second || !fourth) throw new Error('fixture too short');
    expect(lookupOvoc(index, first).matchedBy).toBe('id');
    expect(lookupOvoc(index, fourth).matchedBy).toBe('name');
    expect(lookupOvoc(index, second).matchedBy).toBeNull();
  });

  // How fast is the bench's business (the mirror's snapshot cycle at 50,000); here, that the index holds at that size.
  it('builds and answers 50,000 rows', () => {
    const services: Svc[] = Array.from({ length: 50_000 }, (_, i) => ({ id: i, umpId: `guid-${i}`, name: `name-${i}` }));
    const index = buildOvocIndex(services);
    let found = 0;
    for (let i = 0; i < 50_000; i += 1) if (lookupOvoc(index, { guid: `GUID-${i}`, shortName: 'x' }).matchedBy === 'id') found += 1;
    expect(found).toBe(50_000);
  });

  it('returns copies, so a caller cannot change the index', () => {
    const services: Svc[] = [{ id: 1, umpId: GUID }];
    const index = buildOvocIndex(services);
    lookupOvoc(index, customer).services.pop();
    expect(lookupOvoc(index, customer).services).toHaveLength(1);
  });
});
