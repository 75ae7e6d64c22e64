/**
 * The rooms of src/ (DESIGN.md "Rooms"), by where an import lands rather than by names, so a new
 * feature folder is covered the day it is made: a feature never imports another feature;
 * components/ and domain/ never import a feature; domain/ stays free of api/, components/ and app/;
 * the browser code never imports the Node-only simulator (tests and src/test/ may).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const featureOf = (file) => /^src\/features\/([^/]+)\//.exec(file)?.[1];
const isTestCode = (file) => file.startsWith('src/test/') || /\.test\.[cm]?[jt]sx?$/.test(file);

/** Why `from` may not import `to` (both relative to the repository root), or null. */
function refusal(from, to) {
  const fromFeature = featureOf(from);
  const toFeature = featureOf(`${to}/`);
  if (fromFeature && toFeature && fromFeature !== toFeature) {
    return `A feature never imports another feature (${fromFeature} -> ${toFeature}); move shared code to components/, domain/ or api/.`;
  }
  if (toFeature && (from.startsWith('src/components/') || from.startsWith('src/domain/'))) {
    return `${from.split('/')[1]}/ never imports a feature (${toFeature}); features use it, not the other way round.`;
  }
  if (from.startsWith('src/domain/') && /^src\/(api|components|app)(\/|$)/.test(to)) {
    return 'domain/ holds pure rules: it never imports api/, components/ or app/.';
  }
  if (from.startsWith('src/') && !isTestCode(from) && (to === 'simulator' || to.startsWith('simulator/'))) {
    return 'The browser code never imports the simulator (Node only); only tests and src/test/ may.';
  }
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Import boundaries between the rooms of src/' }, schema: [] },
  create(context) {
    const from = path.relative(ROOT, context.filename).split(path.sep).join('/');
    if (!from.startsWith('src/')) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = path.relative(ROOT, path.resolve(path.dirname(context.filename), source.value)).split(path.sep).join('/');
      const message = refusal(from, to);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'boundaries' }, rules: { 'import-boundaries': rule } };
