import { ovocServicesResponseSchema } from '../../api/schemas';
import { selectFirstHealthRows } from '../../api/schemas/health-first';
import { decodeHealthRows, encodeHealthRow } from '../../api/schemas/health-wire';
import { toHealthServiceRow } from '../../api/health-index/health-row';
import { countStatuses } from '../../domain/ovoc-status-counts';
import servicesExample from '../../../simulator/fixtures/ovoc-services.json';
import { sortRows, toHealthRows } from './rows';

const services = ovocServicesResponseSchema.parse(servicesExample).services.map((s, i) => toHealthServiceRow(s, i));
const wire = services.map(encodeHealthRow);

describe('selectFirstHealthRows (GET /api/console/health?first=N)', () => {
  it('picks the first rows of the page’s default order, and counts every service by status', () => {
    const whole = sortRows(toHealthRows(decodeHealthRows(wire).rows), null).map((row) => row.key);
    for (const limit of [1, 3, whole.length, whole.length + 5]) {
      const first = selectFirstHealthRows(wire, limit);
      expect(decodeHealthRows(first.rows).rows.map((row) => row.key)).toEqual(whole.slice(0, limit));
      expect(first.total).toBe(services.length);
    }
    const counts = Object.fromEntries(selectFirstHealthRows(wire, 1).statusCounts);
    for (const entry of countStatuses(services.map((s) => s.status))) expect(counts[entry.key] ?? 0).toBe(entry.count);
  });

  it('leaves out rows the page cannot read', () => {
    const first = selectFirstHealthRows([...wire, [null], 'x'], 100);
    expect(first.total).toBe(services.length);
    expect(first.rows).toHaveLength(services.length);
  });
});
