/**
 * The wizard's lookups: script templates, calling profiles and the console's suggestions. Each may fail
 * on its own; its field then falls back to free entry and says why (`unavailable`).
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ScriptTemplate } from '../../../api/schemas';
import { lookupQueries } from '../../../api/sip-queries';
import { describeError } from '../../../api/error-words';
import type { Suggestion } from '../components/SuggestField';
import { sbcSuggestions, scriptSuggestions, textSuggestions } from './suggestions';

export interface Lookup {
  suggestions: Suggestion[];
  /** A sentence for the help text when there is nothing to offer, else undefined. */
  unavailable?: string;
}

function why(query: UseQueryResult<unknown>, what: string): string | undefined {
  if (query.isError) return `${what} could not be loaded (${describeError(query.error).message}); type the value.`;
  if (query.isPending) return `Loading ${what.toLowerCase()}…`;
  return undefined;
}

export function useScriptLookup(): Lookup & { templates: ScriptTemplate[] | undefined } {
  const query = useQuery(lookupQueries.scriptTemplates());
  const templates = query.data?.rows;
  return { templates, suggestions: templates ? scriptSuggestions(templates) : [], unavailable: why(query, 'The script templates') };
}

export function useSbcLookup(): Lookup {
  const usage = useQuery(lookupQueries.suggestions());
  const profiles = useQuery(lookupQueries.callingProfiles());
  const suggestions = sbcSuggestions(usage.data?.sbcs ?? [], profiles.data?.rows ?? []);
  const reasons = [why(usage, 'The SBCs in use'), why(profiles, 'The calling profiles')].filter((r) => r !== undefined);
  if (usage.data && usage.data.sbcs.length === 0) reasons.push(...usage.data.notes.filter((n) => n.includes('SBC')));
  return { suggestions, unavailable: reasons.length > 0 ? reasons.join(' ') : undefined };
}

export function useSeenLookup(kind: 'cacProfiles' | 'channelIds'): Lookup {
  const query = useQuery(lookupQueries.suggestions());
  const values = query.data?.[kind] ?? [];
  const what = kind === 'cacProfiles' ? 'The CAC profiles in use' : 'The channel ids in use';
  const note = query.data && values.length === 0 ? query.data.notes.find((n) => n.includes(kind === 'cacProfiles' ? 'CAC' : 'channel')) : undefined;
  return { suggestions: textSuggestions(values), unavailable: why(query, what) ?? note };
}
