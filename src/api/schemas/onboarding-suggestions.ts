/**
 * GET /api/console/onboarding/suggestions — the console server's own answer (server/suggestions/): values
 * earlier customers already use, offered by the wizard. Every list may be empty; `notes` says why.
 */
import * as z from 'zod/mini';

export const sbcUsageSchema = z.object({ sbcId: z.number(), connections: z.number() });
export type SbcUsage = z.infer<typeof sbcUsageSchema>;

export const onboardingSuggestionsSchema = z.object({
  sbcs: z.array(sbcUsageSchema),
  cacProfiles: z.array(z.string()),
  channelIds: z.array(z.string()),
  /** ISO time the SIP connections were read; null when they could not be. */
  sitesReadAt: z.nullable(z.string()),
  /** Sentences for the person, e.g. why the SBC list is empty. */
  notes: z.array(z.string()),
});
export type OnboardingSuggestions = z.infer<typeof onboardingSuggestionsSchema>;
