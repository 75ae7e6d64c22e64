/** Pure: the wizard's suggestion lists from the lookups' answers. */
import type { CallingProfile, MatchingSbc, OnboardingSuggestions, ScriptTemplate } from '../../../api/schemas';
import type { Suggestion } from '../components/SuggestField';
import { t } from '../messages';

export function scriptSuggestions(templates: readonly ScriptTemplate[]): Suggestion[] {
  return templates
    .map((template) => {
      const id = String(template.id);
      const label = template.name ? t('onboarding.scriptWithId', { name: template.name, id }) : t('onboarding.scriptId', { id });
      return { value: id, label, ...(template.name ? { name: template.name } : {}) };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function findTemplate(templates: readonly ScriptTemplate[] | undefined, value: string): ScriptTemplate | undefined {
  if (!/^\d+$/.test(value.trim())) return undefined;
  return templates?.find((template) => template.id === Number(value.trim()));
}

/** SBCs in use (with their connection counts) first, then SBCs only the calling profiles name. */
export function sbcSuggestions(usage: OnboardingSuggestions['sbcs'], profiles: readonly CallingProfile[]): Suggestion[] {
  const named = new Map<number, MatchingSbc>();
  for (const profile of profiles) {
    for (const trunk of profile.trunksEnrolled) for (const sbc of trunk.matchingSbcList) if (!named.has(sbc.sbcId)) named.set(sbc.sbcId, sbc);
  }
  const describe = (sbcId: number, connections: number): Suggestion => {
    const sbc = named.get(sbcId);
    const identity = sbc ? ` · ${[sbc.name, sbc.fqdn && sbc.fqdn !== sbc.name ? sbc.fqdn : null].filter(Boolean).join(', ')}` : '';
    return { value: String(sbcId), label: t('onboarding.lookup.sbc', { id: String(sbcId), identity, connections }) };
  };
  const inUse = new Set(usage.map((u) => u.sbcId));
  const onlyNamed = [...named.keys()].filter((id) => !inUse.has(id)).sort((a, b) => a - b);
  return [...usage.map((u) => describe(u.sbcId, u.connections)), ...onlyNamed.map((id) => describe(id, 0))];
}

export const textSuggestions = (values: readonly string[]): Suggestion[] => values.map((value) => ({ value, label: value }));
