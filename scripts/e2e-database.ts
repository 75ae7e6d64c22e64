/**
 * A fresh PostgreSQL database for one end-to-end run (E2E_DATABASE_URL): dropped and created again,
 * so no snapshot, history or audit entry of an earlier run leaks into this one. The console's own
 * migrations make the tables when it starts.
 */
import pg from 'pg';

const target = new URL(process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/console_e2e');
const name = target.pathname.slice(1);
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`e2e-database: unusable database name "${name}"`);

const admin = new URL(target);
admin.pathname = '/postgres';
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
} finally {
  await client.end();
}
console.log(`e2e-database: ${name} is empty and ready`);
