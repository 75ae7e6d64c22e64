/**
 * One OVOC service reduced to the Health page's row (HealthServiceRow of GET /api/console/health):
 * what the table shows, not OVOC's whole object (parameters, DIDs and backups stay in the live read
 * of one service). Pure, so the server's snapshot and the tests' in-memory snapshot share it.
 */
import type { OvocService } from '../schemas';
import type { HealthServiceRow } from '../schemas/console-snapshot';

/** Row key: the OVOC id, else serviceId, else url, else "#<position>" (docs/console-api.md). */
export function healthRowKey(service: OvocService, index: number): string {
  if (service.id !== null) return String(service.id);
  return service.serviceId ?? service.url ?? `#${index}`;
}

const NO_SINCE: HealthServiceRow['since'] = { status: null, managementStatus: null, serviceDeployStatus: null, voiceQualityStatus: null };

export function toHealthServiceRow(
  service: OvocService,
  index: number,
  extra: { since?: HealthServiceRow['since']; customerGuid?: string | null } = {},
): HealthServiceRow {
  const management = service.applicationsStatus?.management ?? null;
  const devices = service.deviceManagerParams;
  return {
    key: healthRowKey(service, index),
    id: service.id,
    serviceId: service.serviceId,
    umpId: service.umpId,
    lcCustomerId: service.lcCustomerId,
    name: service.name,
    serviceName: service.serviceName,
    fullName: service.fullName,
    description: service.description,
    serviceUcaasTenantId: service.serviceUcaasTenantId,
    licenseType: service.licenseType,
    serviceSource: service.serviceSource,
    isEnabled: service.isEnabled,
    definedAt: service.definedAt,
    status: service.status,
    managementStatus: management?.managementStatus ?? null,
    serviceDeployStatus: management?.serviceDeployStatus ?? null,
    voiceQuality: service.applicationsStatus?.voiceQuality ?? null,
    devices: devices
      ? {
          devicesCount: devices.devicesCount,
          disconnectedDevices: devices.disconnectedDevices,
          maxDevicesMeeting: devices.maxDevicesMeeting,
          maxDevicesPersonal: devices.maxDevicesPersonal,
          devicesPercentageMeeting: devices.devicesPercentageMeeting,
          devicesPercentagePersonal: devices.devicesPercentagePersonal,
        }
      : null,
    elementsCount: service.elementsCount,
    since: extra.since ?? NO_SINCE,
    customerGuid: extra.customerGuid ?? null,
  };
}
