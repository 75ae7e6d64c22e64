/** Fetch, parse and reduce OVOC's services; runs in the health index worker, or in place without one. */
import { http } from '../http';
import { ovocServicesResponseSchema } from '../schemas';
import { toWireError, type HealthRequest, type HealthResponse } from './wire';
import { projectHealth, type HealthCustomers, type HealthIndex } from './projection';

/** "Retrieve Services", as ovocQueries.services() asks for it (api/queries.ts). */
export const OVOC_SERVICES_PATH = '/api/ovoc/v1/topology/services/';

export async function loadHealthIndex(customers: HealthCustomers, signal?: AbortSignal): Promise<HealthIndex> {
  const { services } = await http(OVOC_SERVICES_PATH, { schema: ovocServicesResponseSchema, signal });
  return projectHealth(customers, services);
}

/** The worker's side of the protocol: never throws, every failure is an answer. */
export async function answerHealthRequest(request: HealthRequest): Promise<HealthResponse> {
  try {
    return { ok: true, index: await loadHealthIndex(request) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}
