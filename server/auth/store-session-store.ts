import { sql } from 'kysely';
import type { Store } from '../store/store';
import { isRole } from './roles';
import { csrfTokenOf, openIdToken, randomToken, sealIdToken, storeKeyOf } from './session-secrets';
import type { Session, SessionStoreFactory } from './session-store';
import type { ConsoleSessionTable, SessionTables } from './session-table';

/**
 * Sessions in the console's store (PGlite or PostgreSQL): every instance on the same database
 * serves every session, a restart signs nobody out, and signing out deletes the row, which ends
 * the session everywhere at once. Times come from the sign-in room's clock (tests move it).
 */

function toSession(id: string, row: ConsoleSessionTable, lastSeenAt: number): Session | undefined {
  // A role this version does not know (a row from a newer or older release) is no session.
  if (!isRole(row.role)) return undefined;
  return {
    id,
    user: { subject: row.subject, name: row.name, email: row.email, role: row.role },
    csrfToken: csrfTokenOf(id),
    idToken: row.id_token === null ? undefined : openIdToken(id, row.id_token),
    createdAt: row.created_at.getTime(),
    lastSeenAt,
  };
}

export function createStoreSessionStore(store: Store | Promise<Store>): SessionStoreFactory {
  const opened = Promise.resolve(store);
  const tables = async () => (await opened).db.withTables<SessionTables>();

  return ({ idleMs, absoluteMs, now = Date.now }) => {
    const absoluteSeconds = absoluteMs / 1000;
    /** Rows alive at `at` by their stored deadline and by today's limits (a shortened limit counts at once). */
    const alive = (at: number) => ({ at: new Date(at), idleFrom: new Date(at - idleMs), absoluteFrom: new Date(at - absoluteMs) });

    return {
      async create(user, idToken) {
        const db = await tables();
        const at = now();
        // Sign-ins are rare: pruning here keeps expired and abandoned rows from piling up.
        await db.deleteFrom('console_session').where('expires_at', '<=', new Date(at)).execute();
        const id = randomToken();
        const row: ConsoleSessionTable = {
          key: storeKeyOf(id),
          subject: user.subject,
          name: user.name,
          email: user.email,
          role: user.role,
          id_token: idToken === undefined ? null : sealIdToken(id, idToken),
          created_at: new Date(at),
          last_seen_at: new Date(at),
          expires_at: new Date(at + Math.min(idleMs, absoluteMs)),
        };
        await db.insertInto('console_session').values(row).execute();
        return { id, user, csrfToken: csrfTokenOf(id), idToken, createdAt: at, lastSeenAt: at };
      },
      async touch(id) {
        const db = await tables();
        const at = now();
        const { at: atDate, idleFrom, absoluteFrom } = alive(at);
        // One statement: finds the live row and restarts its idle clock, never past the absolute limit.
        const row = await db
          .updateTable('console_session')
          .set({
            last_seen_at: atDate,
            expires_at: sql<Date>`least(created_at + make_interval(secs => ${absoluteSeconds}::double precision), ${new Date(at + idleMs)}::timestamptz)`,
          })
          .where('key', '=', storeKeyOf(id))
          .where('expires_at', '>', atDate)
          .where('last_seen_at', '>', idleFrom)
          .where('created_at', '>', absoluteFrom)
          .returningAll()
          .executeTakeFirst();
        return row ? toSession(id, row, at) : undefined;
      },
      async destroy(id) {
        const db = await tables();
        await db.deleteFrom('console_session').where('key', '=', storeKeyOf(id)).execute();
      },
      async count() {
        const db = await tables();
        const { at: atDate, idleFrom, absoluteFrom } = alive(now());
        const result = await db
          .selectFrom('console_session')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('expires_at', '>', atDate)
          .where('last_seen_at', '>', idleFrom)
          .where('created_at', '>', absoluteFrom)
          .executeTakeFirstOrThrow();
        return Number(result.n);
      },
    };
  };
}
