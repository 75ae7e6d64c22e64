/**
 * OVOC health for the services list: joined to each row by the server (GET /api/console/services),
 * so it arrives with the rows; this only turns it into the lookup the table, filters and sort read.
 */
import { useMemo } from 'react';
import type { ConsoleServiceRow } from '../../api/schemas/console-snapshot';
import { lookupOf, type HealthState } from './ovoc-health';

const LOADING: HealthState = { status: 'loading' };

export function useServicesHealth(rows: readonly ConsoleServiceRow[] | undefined): HealthState {
  return useMemo<HealthState>(() => (rows ? { status: 'ready', lookup: lookupOf(rows) } : LOADING), [rows]);
}
