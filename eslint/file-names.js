/**
 * One file-naming rule: a React component's file is named for it (PascalCase `.tsx`), a hook's file for
 * the hook (`useThing.ts`), and every other module is kebab-case. Suffixes such as `.test` or `.spec`
 * follow the same base name.
 */
import path from 'node:path';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COMPONENT = /^[A-Z][A-Za-z0-9]*$/;
const HOOK = /^use[A-Z][A-Za-z0-9]*$/;

/** Why `file` is misnamed, or null. */
export function misnamed(file) {
  const name = path.basename(file);
  const base = name.split('.')[0] ?? name;
  const extension = path.extname(name);
  if (KEBAB.test(base) || HOOK.test(base)) return null;
  if (COMPONENT.test(base) && extension === '.tsx') return null;
  if (COMPONENT.test(base)) return `"${name}": a PascalCase name is for a React component's .tsx file; name this module in kebab-case.`;
  return `"${name}": modules are named in kebab-case (components PascalCase .tsx, hooks useThing).`;
}

const rule = {
  meta: { type: 'suggestion', docs: { description: 'File names: kebab-case modules, PascalCase components, useThing hooks' }, schema: [] },
  create(context) {
    return {
      Program(node) {
        const message = misnamed(context.filename);
        if (message) context.report({ node, message });
      },
    };
  },
};

export default { meta: { name: 'file-names' }, rules: { 'file-names': rule } };
