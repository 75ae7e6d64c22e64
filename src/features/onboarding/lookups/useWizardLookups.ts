/**
 * The wizard's lookups: script templates, calling profiles and the console's suggestions. Each may fail
 * on its own; its field then falls back to free entry and says why (`unavailable`).
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ScriptTemplate } from '../../../api/schemas';
import { lookupQueries } from '../../../api/sip-queries';
import { describeError } from '../../../api/error-words';
import type { Suggestion } from '../components/SuggestField';
import { t } from '../messages';
import { sbcSuggestions, scriptSuggestions, textSuggestions } from './suggestions';

export interface Lookup {
  suggestions: Suggestion[];
  /** A sentence for the help text when there is nothing to offer, else undefined. */
  unavailable?: string;
}

/** What a lookup reads, as the messages name it. */
type LookupKind = 'scripts' | 'sbcs' | 'profiles' | 'cacProfiles' | 'channelIds';

function why(query: UseQueryResult<unknown>, what: LookupKind): string | undefined {
  if (query.isError) return t(`onboarding.lookup.failed.${what}`, { message: describeError(query.error).message });
  if (query.isPending) return t(`onboarding.lookup.loading.${what}`);
  return undefined;
}

export function useScriptLookup(): Lookup & { templates: ScriptTemplate[] | undefined } {
  const query = useQuery(lookupQueries.scriptTemplates());
  const templates = query.data?.rows;
  return { templates, suggestions: templates ? scriptSuggestions(templates) : [], unavailable: why(query, 'scripts') };
}

export function useSbcLookup(): Lookup {
  const usage = useQuery(lookupQueries.suggestions());
  const profiles = useQuery(lookupQueries.callingProfiles());
  const suggestions = sbcSuggestions(usage.data?.sbcs ?? [], profiles.data?.rows ?? []);
  const reasons = [why(usage, 'sbcs'), why(profiles, 'profiles')].filter((r) => r !== undefined);
  if (usage.data && usage.data.sbcs.length === 0) reasons.push(...usage.data.notes.filter((n) => n.includes('SBC')));
  return { suggestions, unavailable: reasons.length > 0 ? reasons.join(' ') : undefined };
}

export function useSeenLookup(kind: 'cacProfiles' | 'channelIds'): Lookup {
  const query = useQuery(lookupQueries.suggestions());
  const values = query.data?.[kind] ?? [];
  const note = query.data && values.length === 0 ? query.data.notes.find((n) => n.includes(kind === 'cacProfiles' ? 'CAC' : 'channel')) : undefined;
  return { suggestions: textSuggestions(values), unavailable: why(query, kind) ?? note };
}
