import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/domain/api-calls';

/**
 * Signed-in staff sessions, held in this process's memory: nothing about a session travels in the
 * cookie except its random id, so a session ends for certain when it is destroyed here (a
 * restart signs everyone out, which for an admin console is the safe side).
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
  create(user: SessionUser, idToken: string | undefined): Session;
  /** The session for this id, its idle clock restarted; undefined (and forgotten) when unknown or expired. */
  touch(id: string): Session | undefined;
  destroy(id: string): void;
  readonly size: number;
}

export interface SessionTimeouts {
  idleMs: number;
  absoluteMs: number;
  now?: () => number;
}

/** 32 random bytes: unguessable, and base64url so it is a valid cookie value as it stands. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

export function createSessionStore({ idleMs, absoluteMs, now = Date.now }: SessionTimeouts): SessionStore {
  const sessions = new Map<string, Session>();
  const expired = (session: Session, at: number) => at - session.lastSeenAt >= idleMs || at - session.createdAt >= absoluteMs;

  function sweep(at: number): void {
    for (const [id, session] of sessions) if (expired(session, at)) sessions.delete(id);
  }

  return {
    create(user, idToken) {
      const at = now();
      // Logins are rare and the map is small; sweeping here keeps abandoned sessions from piling up.
      sweep(at);
      const session: Session = { id: randomToken(), user, csrfToken: randomToken(), idToken, createdAt: at, lastSeenAt: at };
      sessions.set(session.id, session);
      return session;
    },
    touch(id) {
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
    destroy(id) {
      sessions.delete(id);
    },
    get size() {
      return sessions.size;
    },
  };
}
