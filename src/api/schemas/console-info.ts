/** GET /api/console/info — served by our own server, so this one is strict about `mode`. */
import { z } from 'zod';

export const CONSOLE_MODES = ['demo', 'live'] as const;

export const consoleInfoSchema = z.object({
  mode: z.enum(CONSOLE_MODES),
  version: z.string().optional(),
  /** 'oidc' when staff must sign in; absent from servers that predate sign-in. */
  auth: z.enum(['oidc', 'none']).optional(),
  /** Live mode without sign-in, allowed by the operator (CONSOLE_ALLOW_UNAUTHENTICATED=true): show a warning. */
  unauthenticatedOverride: z.boolean().optional(),
});
export type ConsoleInfo = z.infer<typeof consoleInfoSchema>;
