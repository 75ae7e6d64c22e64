/** GET /api/console/info — served by our own server, so this one is strict about `mode`. */
import { z } from 'zod';

export const CONSOLE_MODES = ['demo', 'live'] as const;

export const consoleInfoSchema = z.object({
  mode: z.enum(CONSOLE_MODES),
  version: z.string().optional(),
});
export type ConsoleInfo = z.infer<typeof consoleInfoSchema>;
