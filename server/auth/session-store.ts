import type { Role } from '../../src/domain/api-calls';
import { csrfTokenOf, randomToken } from './session-secrets';

/**
 * Signed-in staff sessions. Nothing about a session travels in the cookie except its random id,
 * so a session ends for certain when it is destroyed in the store. The console keeps them in its
 * store (store-session-store.ts), shared by every instance; the in-memory one below serves tests
 * and servers built without a store, and signs everyone out on a restart.
 */

export interface SessionUser {
  subject: string;
  name: string | null;
  email: string | null;
  /** Fixed at sign-in: a changed group membership counts from the next sign-in. */
  role: Role;
}

export interface Session {
  readonly id: string;
  readonly user: SessionUser;
  /** Sent back by the SPA on every state-changing call (X-CSRF-Token). */
  readonly csrfToken: string;
  /** For the identity provider's end-session call (id_token_hint); never sent to the browser. */
  readonly idToken: string | undefined;
  readonly createdAt: number;
  lastSeenAt: number;
}

export interface SessionStore {
  create(user: SessionUser, idToken: string | undefined): Promise<Session>;
  /** The session for this id, its idle clock restarted; undefined (and forgotten) when unknown or expired. */
  touch(id: string): Promise<Session | undefined>;
  /** Ends the session for every instance that shares the store. */
  destroy(id: string): Promise<void>;
  /** Sessions not yet expired (the console_sessions metric). */
  count(): Promise<number>;
}

/** How the sign-in room makes its store (SignInDeps.sessionStore; by default store-session-store.ts or the one below). */
export type SessionStoreFactory = (timeouts: SessionTimeouts) => SessionStore;

export interface SessionTimeouts {
  idleMs: number;
  absoluteMs: number;
  now?: () => number;
}

export const createSessionStore: SessionStoreFactory = ({ idleMs, absoluteMs, now = Date.now }) => {
  const sessions = new Map<string, Session>();
  const expired = (session: Session, at: number) => at - session.lastSeenAt >= idleMs || at - session.createdAt >= absoluteMs;

  function sweep(at: number): void {
    for (const [id, session] of sessions) if (expired(session, at)) sessions.delete(id);
  }

  return {
    async create(user, idToken) {
      const at = now();
      // Logins are rare and the map is small; sweeping here keeps abandoned sessions from piling up.
      sweep(at);
      const id = randomToken();
      const session: Session = { id, user, csrfToken: csrfTokenOf(id), idToken, createdAt: at, lastSeenAt: at };
      sessions.set(session.id, session);
      return session;
    },
    async touch(id) {
      const session = sessions.get(id);
      if (!session) return undefined;
      const at = now();
      if (expired(session, at)) {
        sessions.delete(id);
        return undefined;
      }
      session.lastSeenAt = at;
      return session;
    },
    async destroy(id) {
      sessions.delete(id);
    },
    async count() {
      sweep(now());
      return sessions.size;
    },
  };
};
