import { keepPreviousData } from '@tanstack/react-query';
import { snapshotKeys } from '../../api/queries';
import { healthServicesQuery, HEALTH_REFRESH_MS } from './useHealthServices';

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
  it('uses the app\'s one retry rule (no override of its own)', () => {
    expect(healthServicesQuery(true, true).retry).toBeUndefined();
  });
});
