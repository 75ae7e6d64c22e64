/** GET /api/ovoc/v1/topology/services/ — "Retrieve Services" (OVOC, camelCase on the wire). */
import * as z from 'zod/mini';
import { OVOC_LICENSE_TYPE_VALUES } from '../../domain/license-types';
import { healthStatus, serviceApplicationsStatusSchema } from './ovoc-common';
import {
  nullableBoolean,
  nullableId,
  nullableIdList,
  nullableNumber,
  nullableString,
  openEnum,
  orNull,
  tolerantObject,
} from './tolerant';
import { nullableRowList, rowListField } from './rows';

export const elementsCountSchema = tolerantObject({
  total: nullableNumber(),
  devices: nullableNumber(),
  links: nullableNumber(),
  sites: nullableNumber(),
});
export type ElementsCount = z.infer<typeof elementsCountSchema>;

export const deviceCountsSchema = tolerantObject({
  personal: nullableNumber(),
  meeting: nullableNumber(),
});
export type DeviceCounts = z.infer<typeof deviceCountsSchema>;

// `password` (null in every example) is deliberately not modelled: a credential has no business in the
// browser's query cache, and the object schema drops unknown keys.
export const deviceManagerParamsSchema = tolerantObject({
  deviceType: nullableString(),
  user: nullableString(),
  devicesCount: orNull(deviceCountsSchema),
  disconnectedDevices: orNull(deviceCountsSchema),
  maxDevicesMeeting: nullableNumber(),
  maxDevicesPersonal: nullableNumber(),
  devicesPercentageMeeting: nullableNumber(),
  devicesPercentagePersonal: nullableNumber(),
  serviceDeviceUrl: nullableString(),
});
export type DeviceManagerParams = z.infer<typeof deviceManagerParamsSchema>;

/**
 * Custom parameters ("Ordered Users", "CAC Profile", ...). `value` is kept exactly as sent: the example
 * has `"type": "Integer"` with `"value": "0"`, and "" for an empty Date, so no coercion here.
 */
export const serviceParameterSchema = tolerantObject({
  name: nullableString(),
  type: nullableString(),
  value: orNull(z.union([z.string(), z.number(), z.boolean()])),
});
export type ServiceParameter = z.infer<typeof serviceParameterSchema>;

export const ovocServiceSchema = tolerantObject(
  {
    id: nullableId(),
    serviceId: nullableString(),
    // Documented as `umpId (CustomerGuid)`, absent from every example: the link to a UMP row when sent.
    umpId: nullableString(),
    lcCustomerId: nullableId(),
    tenantId: nullableId(),
    name: nullableString(),
    serviceName: nullableString(),
    fullName: nullableString(),
    description: nullableString(),
    type: nullableString(),
    serviceSource: nullableString(),
    licenseType: orNull(openEnum(OVOC_LICENSE_TYPE_VALUES)),
    status: healthStatus(),
    applicationsStatus: orNull(serviceApplicationsStatusSchema),
    isEnabled: nullableBoolean(),
    disabledTime: nullableString(),
    definedAt: nullableString(),
    lastBackupTime: nullableString(),
    url: nullableString(),
    serviceUcaasTenantId: nullableString(),
    serviceDeviceId: nullableId(),
    elementsCount: orNull(elementsCountSchema),
    deviceManagerParams: orNull(deviceManagerParamsSchema),
    umpUsersSuspendAlarmStatus: orNull(z.union([z.number(), z.string()])),
    usersCount: nullableNumber(),
    umpUsersCount: nullableNumber(),
    usedDIDs: nullableNumber(),
    freeDIDs: nullableNumber(),
    totalDIDs: nullableNumber(),
    attachedSites: nullableIdList(),
    attachedLinks: nullableIdList(),
    attachedDevices: nullableIdList(),
    parameters: nullableRowList(serviceParameterSchema),
  },
  // The response table calls the field "Enabled"; the example sends "isEnabled".
  { aliases: { isEnabled: ['enabled'] } },
);
export type OvocService = z.infer<typeof ovocServiceSchema>;

// Read row by row: the services that cannot be read are in `$unreadable.services`, the others in `services`.
export const ovocServicesResponseSchema = tolerantObject({
  services: rowListField(ovocServiceSchema),
});
export type OvocServicesResponse = z.infer<typeof ovocServicesResponseSchema>;
