import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import i18n from './jsx-strings.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const rule = i18n.rules['jsx-strings'];
const error = { message: "Words in JSX come from a catalogue: t('area.id') with the English in messages.en.json (docs/i18n.md)." };

tester.run('jsx-strings', rule, {
  valid: [
    "const a = <Button>{t('services.refresh')}</Button>;",
    "const a = <TextField label={t('services.search')} placeholder={t('services.searchHint')} />;",
    'const a = <span>{count} · {total}</span>;',
    "const a = <span> — </span>;",
    "const a = <Box sx={{ display: 'flex' }} component=\"span\" role=\"status\" variant=\"outlined\" />;",
    "const a = <span>{open ? t('a.hide') : t('a.show')}</span>;",
    "const a = <code>{'/'}</code>;",
  ],
  invalid: [
    { code: 'const a = <Button>Refresh</Button>;', errors: [error] },
    { code: 'const a = <TextField label="Search" />;', errors: [error] },
    { code: 'const a = <IconButton aria-label={`Clear ${what}`} />;', errors: [error] },
    { code: "const a = <span>{'Loading…'}</span>;", errors: [error] },
    { code: "const a = <span>{open ? 'Hide details' : 'Show details'}</span>;", errors: [error] },
    { code: "const a = <Figure valueText=\"none\" />;", errors: [error] },
    { code: "const a = <Tooltip title={name ?? 'Unknown'} />;", errors: [error] },
  ],
});
