/**
 * Turns a ZodError into the parts of a sentence a person can act on (worded by the catalogue, errors.ts),
 * naming the place in the payload *as it was sent*: the schemas fold key case, so the issue path says
 * `licenseType` while the server wrote `LicenseType`; walking the raw input recovers the wire spelling
 * (`[3].LicenseType`). The problem itself is English (zod's messages and the phrases below).
 */
import type * as z from 'zod/mini';
import { foldKey, isPlainObject } from './schemas/tolerant';
import './zod-messages';

type Issue = z.core.$ZodIssue;

interface Located {
  /** e.g. `[3].LicenseType`, `siteLocation.sbcId`, `["CustomVar.Variable1"]`; '' for the root. */
  path: string;
  /** Whether the raw input actually has something at that path. */
  present: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function findKey(record: Record<string, unknown>, key: string): string | undefined {
  if (Object.hasOwn(record, key)) return key;
  const folded = foldKey(key);
  return Object.keys(record).find((candidate) => foldKey(candidate) === folded);
}

export function locate(input: unknown, path: readonly PropertyKey[]): Located {
  let current: unknown = input;
  let present = input !== undefined;
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
      current = Array.isArray(current) ? current[segment] : undefined;
    } else {
      const key = String(segment);
      const wireKey = present && isPlainObject(current) ? findKey(current, key) : undefined;
      const name = wireKey ?? key;
      text += IDENTIFIER.test(name) ? `${text === '' ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`;
      current = wireKey !== undefined && isPlainObject(current) ? current[wireKey] : undefined;
    }
    present = present && current !== undefined;
  }
  return { path: text, present };
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

const expectedPhrase = (expected: string): string => EXPECTED[expected] ?? expected;

/** "expected a string or a number" for a failed union of plain types; undefined when it is not that simple. */
function unionPhrase(issue: Extract<Issue, { code: 'invalid_union' }>): string | undefined {
  const options = new Set<string>();
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first || first.code !== 'invalid_type' || first.path.length > 0) return undefined;
    options.add(expectedPhrase(first.expected));
  }
  return options.size > 0 ? `expected ${[...options].join(' or ')}` : undefined;
}

function problemOf(issue: Issue, present: boolean): string {
  if (issue.code === 'invalid_type') {
    return present ? `expected ${expectedPhrase(issue.expected)}` : `missing (expected ${expectedPhrase(issue.expected)})`;
  }
  if (issue.code === 'invalid_union') return unionPhrase(issue) ?? issue.message;
  return issue.message;
}

export interface IssueSummary {
  /** Wire path of the first problem ('' when the whole payload is wrong). */
  path: string;
  /** The first problem, e.g. "expected a number": English (zod's messages), shown as a value inside translated words. */
  problem: string;
  /** How many problems besides the first. */
  more: number;
}

export function summarizeIssues(error: z.core.$ZodError, input: unknown): IssueSummary {
  const [first, ...rest] = error.issues;
  if (!first) return { path: '', problem: 'did not match the expected shape', more: 0 };
  const { path, present } = locate(input, first.path);
  return { path, problem: problemOf(first, present), more: rest.length };
}

/** Problems keyed by path (`siteLocation.sbcId`), for showing next to form fields. */
export function issuesByPath(error: z.core.$ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
