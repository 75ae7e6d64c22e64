/**
 * Error bodies: RFC 7807 problem details as UMP v3 sends them
 * (`{type, title, status, detail, instance, errorTicket, errorCode, traceId}`), plus ASP.NET's
 * validation `errors: {Field: [msg]}`. Every field is best-effort: a malformed error body must never
 * hide the error itself, so a field of the wrong type is simply dropped.
 */
import * as z from 'zod/mini';
import { numberish, tolerantObject } from './tolerant';

// null is kept (the simulator and some servers send `errorCode: null`); http.ts treats it as absent.
function lenient<T extends z.core.$ZodType>(schema: T) {
  return z.catch(z.nullish(schema), undefined);
}

// A single message is accepted where a list is documented.
const messages = z.union([z.array(z.string()), z.pipe(z.string(), z.transform((message: string) => [message]))]);

export const apiErrorBodySchema = tolerantObject({
  type: lenient(z.string()),
  title: lenient(z.string()),
  status: lenient(numberish),
  detail: lenient(z.string()),
  instance: lenient(z.string()),
  errorTicket: lenient(z.string()),
  errorCode: lenient(z.union([z.string(), z.number()])),
  traceId: lenient(z.string()),
  errors: lenient(z.record(z.string(), messages)),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
