import { keepPreviousData } from '@tanstack/react-query';
import { ApiError } from '../../api/http';
import { snapshotKeys } from '../../api/queries';
import { healthServicesQuery, HEALTH_REFRESH_MS, retryHealth } from './useHealthServices';

const httpError = (status: number) =>
  new ApiError(`HTTP ${status}`, { kind: 'http', method: 'GET', url: '/api/ovoc/v1/topology/services/', status });

describe('healthServicesQuery', () => {
  it('polls every 60 seconds only while live without an event stream, and not at all when paused', () => {
    expect(HEALTH_REFRESH_MS).toBe(60_000);
    expect(healthServicesQuery(true, false).refetchInterval).toBe(60_000);
    expect(healthServicesQuery(true, true).refetchInterval).toBe(false);
    expect(healthServicesQuery(false, false).refetchInterval).toBe(false);
  });

  it("reads the snapshot's health rows and keeps the previous rows while refreshing", () => {
    const options = healthServicesQuery(true, true);
    expect(options.queryKey).toEqual(snapshotKeys.health());
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
