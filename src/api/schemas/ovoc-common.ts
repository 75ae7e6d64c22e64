/** Pieces shared by the OVOC service and OVOC customer payloads. */
import * as z from 'zod/mini';
import { DEPLOY_STATUSES, HEALTH_STATUSES } from '../../domain/statuses';
import { openEnum, orNull, tolerantObject } from './tolerant';

/** OK / WARNING / ERROR / UNMONITORED, open: "DEGRADED" passes through unchanged. */
export const healthStatus = () => orNull(openEnum(HEALTH_STATUSES));
/** DEPLOYED / READY / FAILED / UNKNOWN, open. */
export const deployStatus = () => orNull(openEnum(DEPLOY_STATUSES));

/** `teamsVoiceQualityJson` / `sbcVoiceQualityJson`. */
export const voiceQualityDetailSchema = tolerantObject({
  vqControlStatus: healthStatus(),
  vqMediaStatus: healthStatus(),
  voiceQualityStatus: healthStatus(),
});
export type VoiceQualityDetail = z.infer<typeof voiceQualityDetailSchema>;

export const voiceQualitySchema = tolerantObject({
  teamsVoiceQualityJson: orNull(voiceQualityDetailSchema),
  voiceQualityStatus: healthStatus(),
  alertRuleVoiceQualityStatus: healthStatus(),
  sbcVoiceQualityJson: orNull(voiceQualityDetailSchema),
});
export type VoiceQuality = z.infer<typeof voiceQualitySchema>;

// A customer's management block carries only managementStatus; a service's adds serviceDeployStatus.
// Two shapes (not one with a null field) so each type says exactly what its example shows.
const customerManagementShape = { managementStatus: healthStatus() };

export const customerManagementSchema = tolerantObject(customerManagementShape);
export type CustomerManagement = z.infer<typeof customerManagementSchema>;

export const serviceManagementSchema = tolerantObject({
  ...customerManagementShape,
  serviceDeployStatus: deployStatus(),
});
export type ServiceManagement = z.infer<typeof serviceManagementSchema>;

export const customerApplicationsStatusSchema = tolerantObject({
  management: orNull(customerManagementSchema),
  voiceQuality: orNull(voiceQualitySchema),
});
export type CustomerApplicationsStatus = z.infer<typeof customerApplicationsStatusSchema>;

export const serviceApplicationsStatusSchema = tolerantObject({
  management: orNull(serviceManagementSchema),
  voiceQuality: orNull(voiceQualitySchema),
});
export type ServiceApplicationsStatus = z.infer<typeof serviceApplicationsStatusSchema>;
