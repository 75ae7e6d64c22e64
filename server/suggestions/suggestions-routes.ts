/**
 * GET /api/console/onboarding/suggestions: what the wizard offers besides free entry. SBCs with how many
 * SIP connections each carries (SitesSource), CAC profiles and channel ids earlier answers showed
 * (SeenValues). Never fails the wizard: a source that fails leaves its list empty and says why.
 */
import type { FastifyInstance } from 'fastify';
import type { OnboardingSuggestions } from '../../src/api/schemas/onboarding-suggestions';
import type { SeenValues } from '../upstream/seen-values';
import { type SitesSource } from './sites-source';

export interface SuggestionsOptions {
  sites: SitesSource;
  seen: SeenValues;
}

export function countSbcs(sites: ReadonlyArray<{ sbcId: number | null }>): OnboardingSuggestions['sbcs'] {
  const counts = new Map<number, number>();
  for (const { sbcId } of sites) if (sbcId !== null) counts.set(sbcId, (counts.get(sbcId) ?? 0) + 1);
  return [...counts].map(([sbcId, connections]) => ({ sbcId, connections })).sort((a, b) => b.connections - a.connections || a.sbcId - b.sbcId);
}

export async function suggestionsRoutes(app: FastifyInstance, options: SuggestionsOptions): Promise<void> {
  app.get('/api/console/onboarding/suggestions', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const notes: string[] = [];
    let sbcs: OnboardingSuggestions['sbcs'] = [];
    let sitesReadAt: string | null = null;
    try {
      const snapshot = await options.sites();
      sbcs = countSbcs(snapshot.sites);
      sitesReadAt = snapshot.readAt;
      if (snapshot.unreadableRows > 0) notes.push(`${snapshot.unreadableRows} customers could not be read; their SIP connections are not counted.`);
    } catch (error) {
      request.log.warn({ detail: error instanceof Error ? error.message : 'unknown' }, 'SIP connections for the SBC suggestions could not be read');
      notes.push('The SIP connections of the existing customers could not be read, so no SBC is suggested.');
    }
    const cacProfiles = options.seen.cacProfiles();
    const channelIds = options.seen.channelIds();
    if (cacProfiles.length === 0) notes.push('No CAC profile seen yet: they are learnt from the SIP connections opened in this console.');
    if (channelIds.length === 0) notes.push('No channel id seen yet: Live Platform documents no list of channels; they are learnt from the OVOC customers opened in this console.');
    const body: OnboardingSuggestions = { sbcs, cacProfiles, channelIds, sitesReadAt, notes };
    return body;
  });
}
