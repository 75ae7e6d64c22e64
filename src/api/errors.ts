/** The errors the data layer throws. Kept apart from http.ts so helpers can build them without a cycle. */
import * as z from 'zod/mini';
import type { Values } from '../i18n/catalogs';
import { issuesByPath, summarizeIssues, type IssueSummary } from './describe-issues';
import { inEnglish, type ApiMessageId } from './messages';

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'parse';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type FieldErrors = Record<string, string[]>;

/**
 * The words of an error the console itself phrases: translated when they are shown (error-words.ts), so
 * they follow the language active then. `Error.message` keeps the English, for logs and the console.
 */
export interface ErrorMessage {
  id: ApiMessageId;
  values?: Values;
}

/** "… at [3].LicenseType: expected a number (and 2 more problems)"; zod's problem itself stays English. */
export function issueMessage(kind: 'unexpectedData' | 'requestInvalid', summary: IssueSummary): ErrorMessage {
  const values = { path: summary.path, problem: summary.problem, more: summary.more };
  return { id: summary.path === '' ? (`error.message.${kind}` as const) : (`error.message.${kind}At` as const), values };
}

export interface ApiErrorDetails {
  kind: ApiErrorKind;
  method: HttpMethod;
  url: string;
  status?: number;
  title?: string;
  detail?: string;
  errorTicket?: string;
  traceId?: string;
  /** The console server's x-request-id: the same id is in its log lines and was sent to the Live Platform. */
  requestId?: string;
  errorCode?: string | number;
  fieldErrors?: FieldErrors;
  /** The answer's Retry-After in seconds: the server says the failure passes and when to ask again. */
  retryAfterSeconds?: number;
  /** kind 'parse': where the payload was wrong, in the server's spelling, e.g. `[3].LicenseType`. */
  dataPath?: string;
  /** The message as catalogue words, when the console phrased it (not the server's own text). */
  words?: ErrorMessage;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly method: HttpMethod;
  readonly url: string;
  readonly status?: number;
  readonly title?: string;
  readonly detail?: string;
  readonly errorTicket?: string;
  readonly traceId?: string;
  readonly requestId?: string;
  readonly errorCode?: string | number;
  /** Validation messages keyed by camelCase field (`shortName`, `siteLocation.sbcId`). */
  readonly fieldErrors?: FieldErrors;
  readonly dataPath?: string;
  readonly retryAfterSeconds?: number;
  readonly words?: ErrorMessage;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, { cause: details.cause });
    this.kind = details.kind;
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.title = details.title;
    this.detail = details.detail;
    this.errorTicket = details.errorTicket;
    this.traceId = details.traceId;
    this.requestId = details.requestId;
    this.errorCode = details.errorCode;
    this.fieldErrors = details.fieldErrors;
    this.dataPath = details.dataPath;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.words = details.words;
  }
}

/** An ApiError the console phrases itself: its English as the message, its words for people. */
export const apiError = (words: ErrorMessage, details: Omit<ApiErrorDetails, 'words'>) =>
  new ApiError(inEnglish(words.id, words.values), { ...details, words });

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Thrown before sending when our own request body fails its schema: a bug or a form that skipped validation. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  readonly fieldErrors: FieldErrors;
  readonly words: ErrorMessage;

  constructor(error: z.core.$ZodError, input: unknown) {
    const words = issueMessage('requestInvalid', summarizeIssues(error, input));
    super(inEnglish(words.id, words.values), { cause: error });
    this.fieldErrors = issuesByPath(error);
    this.words = words;
  }
}

/** Parses a request body with its schema or throws RequestValidationError; returns the parsed body. */
export function validateRequest<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input);
  if (!result.success) throw new RequestValidationError(result.error, input);
  return result.data;
}
