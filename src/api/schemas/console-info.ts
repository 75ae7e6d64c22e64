/** GET /api/console/info — served by our own server, so this one is strict about `mode`. */
import * as z from 'zod/mini';

export const CONSOLE_MODES = ['demo', 'live'] as const;

export const consoleInfoSchema = z.object({
  mode: z.enum(CONSOLE_MODES),
  version: z.optional(z.string()),
  /** 'oidc' when staff must sign in; absent from servers that predate sign-in. */
  auth: z.optional(z.enum(['oidc', 'none'])),
  /** Live mode without sign-in, allowed by the operator (CONSOLE_ALLOW_UNAUTHENTICATED=true): show a warning. */
  unauthenticatedOverride: z.optional(z.boolean()),
});
export type ConsoleInfo = z.infer<typeof consoleInfoSchema>;
