import { keepPreviousData } from '@tanstack/react-query';
import { ApiError } from '../../api/http';
import { ovocKeys } from '../../api/queries';
import { healthServicesQuery, HEALTH_REFRESH_MS, retryHealth } from './useHealthServices';

const httpError = (status: number) =>
  new ApiError(`HTTP ${status}`, { kind: 'http', method: 'GET', url: '/api/ovoc/v1/topology/services/', status });

describe('healthServicesQuery', () => {
  it('refreshes every 60 seconds while auto-refresh is on, and not at all when paused', () => {
    expect(HEALTH_REFRESH_MS).toBe(60_000);
    expect(healthServicesQuery(true).refetchInterval).toBe(60_000);
    expect(healthServicesQuery(false).refetchInterval).toBe(false);
  });

  it('reads the shared services query and keeps the previous rows while refreshing', () => {
    const options = healthServicesQuery(true);
    expect(options.queryKey).toEqual(ovocKeys.services());
    expect(options.placeholderData).toBe(keepPreviousData);
    expect(options.structuralSharing).toBe(true);
  });

  it('retries a transient failure but not an unconfigured portal (503) or a refused request', () => {
    expect(retryHealth(0, httpError(500))).toBe(true);
    expect(retryHealth(0, httpError(503))).toBe(false);
    expect(retryHealth(0, httpError(404))).toBe(false);
    expect(retryHealth(0, httpError(409))).toBe(false);
  });
});
