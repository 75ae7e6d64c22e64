/**
 * No bare words in JSX: text a person reads (JSX text, a string child, a user-visible prop such as
 * `label`, `title`, `aria-label`, `placeholder`) comes from a catalogue through `t('id')`, so every
 * string is written one way and changed in one place (docs/i18n.md). Punctuation, numbers and
 * symbols alone (`·`, `—`, `:`, `(`) are not words and pass.
 */
const WORD = /\p{L}/u;
/** Props whose value is read or heard by a person. */
const VISIBLE_PROP = /^(aria-(label|description|valuetext|roledescription|placeholder)|label|title|placeholder|alt|helperText|description|primary|secondary|heading|message|tooltip|emptyText|what|\w+(Label|Text|Title))$/;

const hasWords = (node) => {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string' && WORD.test(node.value);
  if (node.type === 'TemplateLiteral') return node.quasis.some((quasi) => WORD.test(quasi.value.cooked ?? quasi.value.raw));
  if (node.type === 'ConditionalExpression') return hasWords(node.consequent) || hasWords(node.alternate);
  if (node.type === 'LogicalExpression') return hasWords(node.right) || (node.operator !== '&&' && hasWords(node.left));
  return false;
};

const MESSAGE = 'Words in JSX come from a catalogue: t(\'area.id\') with the English in messages.en.json (docs/i18n.md).';

const rule = {
  meta: { type: 'problem', docs: { description: 'User-visible strings in JSX go through the i18n catalogue' }, schema: [] },
  create(context) {
    const report = (node) => context.report({ node, message: MESSAGE });
    return {
      JSXText(node) {
        if (WORD.test(node.value)) report(node);
      },
      JSXExpressionContainer(node) {
        const parent = node.parent;
        if ((parent.type === 'JSXElement' || parent.type === 'JSXFragment') && hasWords(node.expression)) report(node);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXNamespacedName' ? node.name.name.name : node.name.name;
        if (!VISIBLE_PROP.test(name) || !node.value) return;
        const value = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (hasWords(value)) report(node.value);
      },
    };
  },
};

export default { meta: { name: 'i18n' }, rules: { 'jsx-strings': rule } };
