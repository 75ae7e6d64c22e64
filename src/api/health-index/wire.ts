/**
 * The health index's worker protocol. Errors cross as plain data and come back as the same ApiError
 * (kind, status, title, errorTicket...), so the page's notices, its retry policy and the sign-in
 * redirect on a 401 treat them exactly as any other call's. (A structured clone of an Error keeps
 * only its name and message.)
 */
import { ApiError, isApiError, type ApiErrorDetails } from '../errors';
import type { HealthCustomers, HealthIndex } from './projection';

export type HealthRequest = HealthCustomers;

type WireApiErrorDetails = Omit<ApiErrorDetails, 'cause'>;

export type WireError = { api: true; message: string; details: WireApiErrorDetails } | { api: false; name: string; message: string };

export type HealthResponse = { ok: true; index: HealthIndex } | { ok: false; error: WireError };

export function toWireError(error: unknown): WireError {
  if (isApiError(error)) {
    const { kind, method, url, status, title, detail, errorTicket, traceId, requestId, errorCode, fieldErrors, dataPath } = error;
    return {
      api: true,
      message: error.message,
      details: { kind, method, url, status, title, detail, errorTicket, traceId, requestId, errorCode, fieldErrors, dataPath },
    };
  }
  if (error instanceof Error) return { api: false, name: error.name, message: error.message };
  return { api: false, name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  if (wire.api) return new ApiError(wire.message, wire.details);
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}

/** The index, or the error as the caller would have seen it in place. */
export function readResponse(response: HealthResponse): HealthIndex {
  if (response.ok) return response.index;
  throw fromWireError(response.error);
}
