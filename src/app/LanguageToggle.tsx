/**
 * The language picker in the app bar, made like the theme picker (a button naming the current choice,
 * a menu of radio items). Each language is named in itself, so a person who cannot read the current
 * one still finds theirs. The choice is remembered in localStorage, like the theme.
 */
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import { useRouter } from '@tanstack/react-router';
import { activateLocale } from '../i18n/catalogs';
import { LOCALES, currentLocale, rememberLocale, type Locale } from '../i18n/locale';
import { AppBarMenuButton } from './AppBarMenuButton';
import { useT } from './messages';

export function LanguageToggle() {
  const t = useT();
  const router = useRouter();
  const current = currentLocale();

  const pick = async (locale: Locale, close: () => void) => {
    close();
    await activateLocale(locale);
    rememberLocale(locale);
    // Page titles are the routes' `head`, read on navigation: read them again in the new language.
    void router.invalidate();
  };

  return (
    <AppBarMenuButton
      label={t('shell.language.label', { language: t(`shell.language.${current}`) })}
      icon={<TranslateOutlined />}
      menu={({ id, anchor, close }) => (
        <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={close}>
          {LOCALES.map((locale) => (
            <MenuItem
              key={locale}
              lang={locale}
              role="menuitemradio"
              aria-checked={locale === current}
              selected={locale === current}
              onClick={() => void pick(locale, close)}
            >
              {t(`shell.language.${locale}`)}
            </MenuItem>
          ))}
        </Menu>
      )}
    />
  );
}
