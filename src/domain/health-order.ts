/**
 * The Health table's default order, "most broken first": status rank (ERROR, WARNING, UNMONITORED and
 * unknown words, OK), then the service's name, then its key. One copy for the page (features/health)
 * and for the server, which picks the first screenful in this order (GET /api/console/health?first=).
 */
import { statusRank } from './ovoc-status-counts';

/** Names compare without case or accents, and with numbers as numbers ("svc-2" before "svc-10"). */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A name that says something: "" and white space count as not sent. */
const nonBlank = (text: string | null): string | null => (text !== null && text.trim() !== '' ? text : null);

/** The name a service is shown under: its name, service name or full name, else "Service <id or position>". */
export function serviceDisplayName(
  service: { name: string | null; serviceName: string | null; fullName: string | null; id: number | null },
  index: number,
): string {
  return nonBlank(service.name) ?? nonBlank(service.serviceName) ?? nonBlank(service.fullName) ?? `Service ${service.id ?? index + 1}`;
}

export interface OrderedService {
  statusKey: string;
  name: string;
  key: string;
}

export function compareByName(a: OrderedService, b: OrderedService): number {
  return nameCollator.compare(a.name, b.name) || nameCollator.compare(a.key, b.key);
}

export function compareDefaultOrder(a: OrderedService, b: OrderedService): number {
  return statusRank(a.statusKey) - statusRank(b.statusKey) || compareByName(a, b);
}
