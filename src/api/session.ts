/**
 * The staff session as the SPA sees it: who is signed in, signing out, and what to do when the
 * server says the session is gone. A 401 "Sign-in required" (the console's own answer, not the
 * Live Platform's) sends the whole page through sign-in and back to where the person was; a
 * full-page navigation keeps sessionStorage, so the onboarding wizard's draft survives it.
 */
import * as z from 'zod/mini';
import { CSRF_HEADER, csrfToken } from './csrf';
import { ApiError } from './errors';

export const SIGN_IN_REQUIRED_TITLE = 'Sign-in required';
/** When the last sign-in redirect started; a second 401 soon after means sign-in is not sticking (e.g. cookies blocked). */
const REDIRECTED_AT_KEY = 'lpc.signin.redirectedAt';
const LOOP_WINDOW_MS = 15_000;

export interface PageLocation {
  pathname: string;
  search: string;
  assign(url: string): void;
}

export const isSignInRequired = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.title === SIGN_IN_REQUIRED_TITLE;

export function signInPath(location: Pick<PageLocation, 'pathname' | 'search'>): string {
  const returnTo = `${location.pathname}${location.search}`;
  return returnTo === '/' ? '/auth/login' : `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

let redirecting = false;

/** Navigates to sign-in once, however many calls fail at the same moment. Returns whether it did. */
export function redirectToSignIn(location: PageLocation = window.location, now: number = Date.now()): boolean {
  if (redirecting) return false;
  const store = storage();
  const last = Number(store?.getItem(REDIRECTED_AT_KEY) ?? 0);
  // Never bounce between the console and the identity provider: the error then shows on the page instead.
  if (now - last >= 0 && now - last < LOOP_WINDOW_MS) return false;
  redirecting = true;
  store?.setItem(REDIRECTED_AT_KEY, String(now));
  location.assign(signInPath(location));
  return true;
}

/** For the QueryCache / MutationCache onError: reacts to a lost session, ignores everything else. */
export function handleSessionError(error: unknown): void {
  if (isSignInRequired(error)) redirectToSignIn();
}

/** Tests only: forget that a redirect was started. */
export function resetSignInRedirect(): void {
  redirecting = false;
  storage()?.removeItem(REDIRECTED_AT_KEY);
}

export const currentUserSchema = z.object({
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  role: z.enum(['viewer', 'onboarding', 'admin']),
  /** False without sign-in: the local operator, or the demo's operator. */
  signedIn: z.boolean(),
  csrfToken: z.nullable(z.string()),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

const signOutSchema = z.object({ redirectTo: z.string() });

/**
 * Ends the session on the server, then follows it to the identity provider's sign-out (or home).
 * fetch, not a form: the server answers with the provider's URL as JSON, which fetch can read.
 */
export async function signOut(location: Pick<PageLocation, 'assign'> = window.location): Promise<void> {
  const token = csrfToken();
  const response = await fetch('/auth/logout', {
    method: 'POST',
    headers: { Accept: 'application/json', ...(token ? { [CSRF_HEADER]: token } : {}) },
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`Sign-out failed (${response.status}). Reload the page and try again.`);
  const parsed = signOutSchema.safeParse(await response.json());
  // Only our own server's answer is followed, and only to http(s).
  const target = parsed.success && /^(https?:\/\/|\/(?!\/))/.test(parsed.data.redirectTo) ? parsed.data.redirectTo : '/';
  location.assign(target);
}
