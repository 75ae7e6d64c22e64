/**
 * GET /api/v2/scripttemplates?scriptType=SBC&allDetails=true — "Get Script Templates".
 *
 * `relatedScripts` pairs an onboarding script with its cleanup script ({key: id, value: name}).
 * `scriptType` meanings are not documented (0, 1, 3, 4 seen): kept as numbers, never named.
 * `customerVariables` is null in every example and its shape is not documented: a list of names, a
 * comma-separated string or an object keyed by name are all read as the ordered list of names.
 */
import * as z from 'zod/mini';
import { lenient, rowList, rowListField } from './rows';
import { isPlainObject, nullableString, numberish, tolerantObject } from './tolerant';

export const relatedScriptSchema = tolerantObject({
  key: numberish,
  value: nullableString(),
});
export type RelatedScript = z.infer<typeof relatedScriptSchema>;

function variableNames(input: unknown): string[] | null {
  if (typeof input === 'string') return input.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== '');
  if (Array.isArray(input)) {
    return input.flatMap((item): string[] => {
      if (typeof item === 'string') return item.trim() === '' ? [] : [item.trim()];
      // {name: "..."} or {key: "..."} per element: the name is what the wizard needs.
      if (isPlainObject(item)) {
        const name = item.name ?? item.Name ?? item.key ?? item.Key;
        return typeof name === 'string' && name.trim() !== '' ? [name.trim()] : [];
      }
      return [];
    });
  }
  if (isPlainObject(input)) return Object.keys(input);
  return null;
}

export const scriptTemplateSchema = tolerantObject({
  id: numberish,
  name: nullableString(),
  scriptType: lenient(z.number()),
  description: z.catch(nullableString(), null),
  customerVariables: z._default(z.pipe(z.unknown(), z.transform(variableNames)), null),
  relatedScripts: rowListField(relatedScriptSchema),
});
export type ScriptTemplate = z.infer<typeof scriptTemplateSchema>;

export const scriptTemplatesSchema = rowList(scriptTemplateSchema);
export type ScriptTemplates = z.infer<typeof scriptTemplatesSchema>;

/** Both query values come from the page: the wizard only deploys SBC scripts. */
export const SCRIPT_TEMPLATES_PATH = '/api/v2/scripttemplates?scriptType=SBC&allDetails=true';
