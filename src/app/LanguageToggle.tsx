/**
 * The language picker in the app bar, made like the theme picker (a button naming the current choice,
 * a menu of radio items). Each language is named in itself, so a person who cannot read the current
 * one still finds theirs. The choice is remembered in localStorage, like the theme.
 */
import { useId, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { Hint as Tooltip } from '../components/Hint';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import { useRouter } from '@tanstack/react-router';
import { activateLocale } from '../i18n/catalogs';
import { LOCALES, currentLocale, rememberLocale, type Locale } from '../i18n/locale';
import { useT } from './messages';

export function LanguageToggle() {
  const t = useT();
  const router = useRouter();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = currentLocale();
  const label = t('shell.language.label', { language: t(`shell.language.${current}`) });

  const pick = async (locale: Locale) => {
    setAnchor(null);
    await activateLocale(locale);
    rememberLocale(locale);
    // Page titles are the routes' `head`, read on navigation: read them again in the new language.
    void router.invalidate();
  };

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <TranslateOutlined />
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {LOCALES.map((locale) => (
          <MenuItem
            key={locale}
            lang={locale}
            role="menuitemradio"
            aria-checked={locale === current}
            selected={locale === current}
            onClick={() => void pick(locale)}
          >
            {t(`shell.language.${locale}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
