/**
 * Build check: no credential may ship in the browser bundle.
 *
 *   npx tsx scripts/check-dist-secrets.ts [dir=dist] [--secret <value>]...
 *
 * Scans every file under `dir` (text and binary alike) for
 *   - the secrets configured in this environment (LIVE_PLATFORM_CLIENT_SECRET, CONSOLE_OIDC_CLIENT_SECRET,
 *     CONSOLE_SESSION_SECRET)
 *     and any given with --secret, as written, URL-encoded and base64-encoded;
 *   - things that are credentials whatever their value: an Entra ID client secret ("xxx8Q~..."),
 *     a JWT, a PEM private key, a form-encoded client_secret.
 * Prints one line per finding (file and what, never the secret itself) and exits 1 on any, 0 when clean.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Environment variables whose values are secrets the server holds. */
export const SECRET_ENV_VARS = ['LIVE_PLATFORM_CLIENT_SECRET', 'CONSOLE_OIDC_CLIENT_SECRET', 'CONSOLE_SESSION_SECRET'] as const;

/** Credential shapes that must never be in a browser bundle, whatever the configured values are. */
export const CREDENTIAL_PATTERNS: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  // Entra ID client secrets since 2021: 3 characters, "8Q~" (or "7Q~"), then 31-37 more.
  { what: 'an Entra ID client secret', pattern: /(?<![\w~.-])[\w.-]{3}[78]Q~[\w~.-]{31,37}(?![\w~.-])/ },
  { what: 'a JSON Web Token', pattern: /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/ },
  { what: 'a PEM private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
  { what: 'a form-encoded client_secret', pattern: /client_secret=(?!\*\*\*)[^&\s"'`]{6,}/ },
];

/** Shorter values are too likely to occur by chance in minified code. */
const MIN_SECRET_LENGTH = 6;

export interface Finding {
  /** Path relative to the scanned directory. */
  file: string;
  what: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat();
}

/** The spellings of a secret that a bundle could carry it in. */
function encodings(secret: string): Array<[string, string]> {
  const forms: Array<[string, string]> = [
    ['as written', secret],
    ['URL-encoded', encodeURIComponent(secret)],
    ['base64-encoded', Buffer.from(secret, 'utf8').toString('base64')],
  ];
  // Each distinct spelling once (a plain alphanumeric secret is its own URL encoding).
  return forms.filter(([, value], index) => forms.findIndex(([, other]) => other === value) === index);
}

export async function scanForSecrets(dir: string, secrets: readonly string[]): Promise<Finding[]> {
  const usable = [...new Set(secrets)].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  const findings: Finding[] = [];
  for (const path of await filesUnder(dir)) {
    // latin1 maps every byte to one character, so binary files are searched byte for byte.
    const text = (await readFile(path)).toString('latin1');
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    const file = relative(dir, path);
    usable.forEach((secret, index) => {
      for (const [how, value] of encodings(secret)) {
        if (utf8.includes(value) || text.includes(value)) findings.push({ file, what: `configured secret #${index + 1} (${how})` });
      }
    });
    for (const { what, pattern } of CREDENTIAL_PATTERNS) if (pattern.test(utf8)) findings.push({ file, what });
  }
  return findings;
}

export interface CliOptions {
  dir: string;
  secrets: string[];
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): CliOptions {
  const secrets = SECRET_ENV_VARS.map((name) => env[name]).filter((value): value is string => Boolean(value));
  let dir = 'dist';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--secret') {
      const value = argv[i + 1];
      if (value === undefined) throw new Error('--secret needs a value');
      secrets.push(value);
      i += 1;
    } else if (arg.startsWith('--secret=')) {
      secrets.push(arg.slice('--secret='.length));
    } else {
      dir = arg;
    }
  }
  return { dir, secrets };
}

export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv, env);
  } catch (error) {
    console.error(`check-dist-secrets: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let findings: Finding[];
  try {
    findings = await scanForSecrets(options.dir, options.secrets);
  } catch (error) {
    console.error(`check-dist-secrets: cannot read ${options.dir} (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  for (const finding of findings) console.error(`check-dist-secrets: ${finding.file} contains ${finding.what}`);
  if (findings.length > 0) return 1;
  console.log(`check-dist-secrets: ${options.dir} is clean (${options.secrets.length} configured secret(s) and ${CREDENTIAL_PATTERNS.length} credential patterns checked)`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
