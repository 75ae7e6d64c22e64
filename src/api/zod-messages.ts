/**
 * English issue messages for zod/mini. Classic zod registers English on its first schema; mini registers
 * no locale (so that a bundle pays only for what it uses), and without one every issue would read
 * "Invalid input". Those texts reach people: describe-issues.ts puts them in error sentences and next to
 * form fields. Imported for its effect by describe-issues.ts, which http.ts and errors.ts load, so it is in
 * place before any response or request body is parsed (messages are written at parse time).
 */
import { config, locales } from 'zod/mini';

config(locales.en());
