/**
 * The container image's steps without Docker (no engine runs on these machines), in a clean
 * temporary directory: copy what the Dockerfile copies, build the SPA and the server, install the
 * production dependencies alone, start `node dist-server/main.js` against the simulator, and probe
 * /livez, /readyz and /metrics; then stop it with SIGTERM and expect a clean exit.
 *
 *   tsx scripts/production-start.ts            full run (npm test runs this)
 *   KEEP=1 tsx scripts/production-start.ts     leave the temporary directory for a look
 *
 * The build stage uses this checkout's node_modules (same lockfile, so `npm ci` there would install
 * the same tree, minutes later); the runtime stage's `npm ci --omit=dev` is real, from the npm cache
 * where it can.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startSimulator } from '../simulator/http/simulator';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '..');
/** What the Dockerfile's build stage copies, in its order. */
const BUILD_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'index.html', 'public', 'src', 'server', 'simulator', 'scripts'];
const CLIENT_ID = 'console-production-start';
const CLIENT_SECRET = 'production-start-secret-4e1c';
const METRICS_TOKEN = 'production-start-metrics-7d2a9b';

const step = (text: string) => console.log(`[production-start] ${text}`);

async function npm(cwd: string, args: string[]): Promise<void> {
  await run('npm', args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024 });
}

async function buildStage(root: string): Promise<string> {
  const dir = join(root, 'build');
  await mkdir(dir);
  for (const name of BUILD_FILES) await cp(join(REPO, name), join(dir, name), { recursive: true });
  await symlink(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  step('build: npm run build (SPA and server)');
  await npm(dir, ['run', 'build', '--silent']);
  return dir;
}

async function runtimeStage(root: string, build: string): Promise<string> {
  const dir = join(root, 'runtime');
  await mkdir(dir);
  for (const name of ['package.json', 'package-lock.json']) await cp(join(build, name), join(dir, name));
  step('runtime: npm ci --omit=dev');
  await npm(dir, ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  for (const name of ['dist', 'dist-server']) await cp(join(build, name), join(dir, name), { recursive: true });
  const installed = await readdir(join(dir, 'node_modules'));
  // No TypeScript runtime and no build or test tool in production ("typescript" itself comes as msw's peer).
  for (const devOnly of ['tsx', 'vite', 'vitest', '@playwright']) {
    if (installed.includes(devOnly)) throw new Error(`the runtime has a development package: ${devOnly}`);
  }
  return dir;
}

interface Started {
  origin: string;
  stop(): Promise<number | null>;
}

async function startBuiltServer(dir: string, simUrl: string): Promise<Started> {
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DIST_DIR: 'dist',
      LOG_LEVEL: 'warn',
      LIVE_PLATFORM_BASE_URL: simUrl,
      LIVE_PLATFORM_TOKEN_URL: `${simUrl}/oauth2/v2.0/token`,
      LIVE_PLATFORM_CLIENT_ID: CLIENT_ID,
      LIVE_PLATFORM_CLIENT_SECRET: CLIENT_SECRET,
      CONSOLE_METRICS_TOKEN: METRICS_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const origin = await new Promise<string>((done, fail) => {
    // A hang detector: at load 20 the built server took 57 s to open its store and listen.
    const timer = setTimeout(() => fail(new Error(`the built server did not start within 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /Live Platform Console \(live\) on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        done(found[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the built server exited with ${code}:\n${output}`));
    });
  });
  return {
    origin,
    stop: async () => {
      child.kill('SIGTERM');
      return exit;
    },
  };
}

async function expectAnswer(url: string, status: number, init: RequestInit = {}): Promise<string> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) }); // a hang detector, not a speed budget
  const text = await response.text();
  if (response.status !== status) throw new Error(`${url} answered ${response.status}, expected ${status}: ${text.slice(0, 300)}`);
  return text;
}

async function probe(origin: string): Promise<void> {
  await expectAnswer(`${origin}/livez`, 200);
  const ready = JSON.parse(await expectAnswer(`${origin}/readyz`, 200)) as unknown;
  if (JSON.stringify(ready) !== JSON.stringify({ status: 'ok', checks: { token: 'ok' } })) throw new Error(`/readyz: ${JSON.stringify(ready)}`);
  await expectAnswer(`${origin}/metrics`, 401);
  const metrics = await expectAnswer(`${origin}/metrics`, 200, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (!metrics.includes('console_upstream_token_fetches_total{outcome="ok"} 1')) throw new Error('/metrics does not show the token fetch');
  const page = await expectAnswer(`${origin}/`, 200, { headers: { accept: 'text/html' } });
  if (!page.includes('<div id="root">')) throw new Error('/ is not the console page');
  const list = JSON.parse(await expectAnswer(`${origin}/api/v3/customer`, 200)) as unknown[];
  if (list.length !== 35) throw new Error(`/api/v3/customer: ${list.length} customers`);
}

export async function productionStart(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'console-production-start-'));
  const started = Date.now();
  const sim = await startSimulator({ port: 0, host: '127.0.0.1', env: { SIM_CLIENT_ID: CLIENT_ID, SIM_CLIENT_SECRET: CLIENT_SECRET } });
  try {
    const build = await buildStage(root);
    const runtime = await runtimeStage(root, build);
    step('start: node --enable-source-maps dist-server/main.js');
    const server = await startBuiltServer(runtime, sim.url);
    let code: number | null;
    try {
      await probe(server.origin);
      step('probes: /livez 200, /readyz ok (token ok), /metrics 401 without the token and 200 with it, / and /api answer');
    } finally {
      code = await server.stop();
    }
    if (code !== 0) throw new Error(`the built server exited with ${code} on SIGTERM`);
    step(`stopped cleanly; ${Math.round((Date.now() - started) / 1000)} s in all`);
  } finally {
    await sim.close();
    if (process.env.KEEP === '1') step(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  productionStart().catch((error: unknown) => {
    console.error(`[production-start] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
