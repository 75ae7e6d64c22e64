/** The figures above the table, over the rows currently shown. Pure. */
import type { ServiceBrief } from '../../api/schemas';
import { licenseFamily } from '../../domain/license-types';
import { formatCount } from '../../i18n/format';
import { t } from './messages';

export interface ServicesSummary {
  shown: number;
  total: number;
  directRouting: number;
  operatorConnect: number;
  /** Unknown or missing license type. */
  otherFamily: number;
  /** Sums over the rows that report a number; rows with null are left out, not counted as 0. */
  licensedUsers: number;
  activeUsers: number;
  /** How many shown rows report licensed / active users at all. */
  licensedReported: number;
  activeReported: number;
}

export function summarize(shown: readonly ServiceBrief[], total: number): ServicesSummary {
  const summary: ServicesSummary = {
    shown: shown.length,
    total,
    directRouting: 0,
    operatorConnect: 0,
    otherFamily: 0,
    licensedUsers: 0,
    activeUsers: 0,
    licensedReported: 0,
    activeReported: 0,
  };
  for (const row of shown) {
    const family = licenseFamily(row.licenseType);
    if (family === 'Direct Routing') summary.directRouting += 1;
    else if (family === 'Operator Connect') summary.operatorConnect += 1;
    else summary.otherFamily += 1;
    if (row.licensedUsersCount !== null) {
      summary.licensedUsers += row.licensedUsersCount;
      summary.licensedReported += 1;
    }
    if (row.activeUserCount !== null) {
      summary.activeUsers += row.activeUserCount;
      summary.activeReported += 1;
    }
  }
  return summary;
}

/** A count in the active locale (12,345). */
export { formatCount };

/** "35 customers" / "12 of 35 customers". */
export function shownText(summary: Pick<ServicesSummary, 'shown' | 'total'>): string {
  return summary.shown === summary.total
    ? t('services.summary.count', { total: summary.total })
    : t('services.summary.shownOf', { shown: summary.shown, total: summary.total });
}

/** Active share of licensed, 0..1; null when there is nothing to compare (missing or 0 licensed). */
export function usageRatio(active: number | null, licensed: number | null): number | null {
  if (active === null || licensed === null || licensed <= 0) return null;
  return Math.min(1, Math.max(0, active / licensed));
}
