// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, scanForSecrets } from './check-dist-secrets';

/** The build check against a built-looking folder: clean, then with a secret planted in one file. */

const SECRET = 'planted/Secret+7f3b~9c1d';
const SCRIPT = fileURLToPath(new URL('./check-dist-secrets.ts', import.meta.url));
let dir: string;

function fakeDist(extra: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(dir, 'dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
  // Minified-looking code with the words a console bundle really contains.
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'const e="Client secret",t=n=>n.slice(0,3)+"••••••••";export{e,t};// Bearer token handled by the server');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(root, name), content);
  return root;
}

/** Runs the CLI as a person or CI would, with a controlled environment. */
function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-dist-secrets-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-dist-secrets (CLI)', () => {
  it('passes a clean build and says what it checked', () => {
    const result = runCli([fakeDist()], { LIVE_PLATFORM_CLIENT_SECRET: SECRET });
    expect(result.output).toMatch(/is clean \(1 configured secret\(s\) and 4 credential patterns checked\)/);
    expect(result.status).toBe(0);
  });

  it('fails on the configured secret planted in a chunk, naming the file but never printing the secret', () => {
    const root = fakeDist({ 'assets/chunk-x1.js': `const cfg={clientSecret:"${SECRET}"};` });
    const result = runCli([root], { LIVE_PLATFORM_CLIENT_SECRET: SECRET });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${join('assets', 'chunk-x1.js')} contains configured secret #1 (as written)`);
    expect(result.output).not.toContain(SECRET);
  });

  it('takes secrets from --secret too, and exits 2 on a folder that does not exist', () => {
    const root = fakeDist({ 'late.js': `x("${SECRET}")` });
    expect(runCli([root, '--secret', SECRET]).status).toBe(1);
    expect(runCli([join(dir, 'missing')]).status).toBe(2);
  });
});

describe('scanForSecrets', () => {
  it('finds the secret URL-encoded, base64-encoded and inside a binary file', async () => {
    const root = fakeDist({
      'a.js': `fetch("/t?s=${encodeURIComponent(SECRET)}")`,
      'b.js': `atob("${Buffer.from(SECRET).toString('base64')}")`,
      'c.bin': Buffer.concat([Buffer.from([0, 255, 1]), Buffer.from(SECRET), Buffer.from([0])]),
    });
    const findings = await scanForSecrets(root, [SECRET]);
    expect(findings).toEqual([
      { file: 'a.js', what: 'configured secret #1 (URL-encoded)' },
      { file: 'b.js', what: 'configured secret #1 (base64-encoded)' },
      { file: 'c.bin', what: 'configured secret #1 (as written)' },
    ]);
  });

  it('finds credentials by their shape when no secret is configured', async () => {
    const root = fakeDist({
      'entra.js': 'const s="Abc8Q~k2Jd9sLq0Xw7vB3nM5pR1tY6uI4oE8aZcV";',
      'jwt.js': 'const t="eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjb25zb2xlIn0.c2lnbmF0dXJlLXNpZw";',
      'key.pem': '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
      'form.js': 'body:"grant_type=client_credentials&client_secret=hunter2hunter2"',
      // What the simulator's request log shows instead of a secret is not one.
      'masked.js': 'body:"grant_type=client_credentials&client_secret=***"',
    });
    expect(await scanForSecrets(root, [])).toEqual([
      { file: 'entra.js', what: 'an Entra ID client secret' },
      { file: 'form.js', what: 'a form-encoded client_secret' },
      { file: 'jwt.js', what: 'a JSON Web Token' },
      { file: 'key.pem', what: 'a PEM private key' },
    ]);
  });

  it('ignores configured values too short to be told from code', async () => {
    expect(await scanForSecrets(fakeDist(), ['abc', 'Bear'])).toEqual([]);
  });

  it('main() returns 1 for findings and 0 for a clean folder', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await main([fakeDist({ 'x.js': SECRET })], { CONSOLE_OIDC_CLIENT_SECRET: SECRET })).toBe(1);
    expect(await main([fakeDist()], { CONSOLE_OIDC_CLIENT_SECRET: SECRET })).toBe(0);
  });
});
