/**
 * System / Light / Dark picker. A menu of radio items (not a cycling button) so the current choice
 * and the options are announced, and "System" stays reachable after picking a fixed mode.
 */
import { useColorScheme } from '@mui/material/styles';
import { AppBarMenuButton } from './AppBarMenuButton';
import { COLOR_MODE_OPTIONS } from './color-mode-options';
import { ColorModeMenu } from './ColorModeMenu';
import { useT } from './messages';

export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const t = useT();
  const current = COLOR_MODE_OPTIONS.find((option) => option.mode === mode) ?? COLOR_MODE_OPTIONS[0];
  if (!current) return null;

  return (
    <AppBarMenuButton
      label={t('shell.theme.label', { mode: t(current.label) })}
      icon={current.icon}
      menu={({ id, anchor, close }) => (
        <ColorModeMenu
          id={id}
          anchor={anchor}
          options={COLOR_MODE_OPTIONS}
          current={current.mode}
          onPick={(picked) => {
            setMode(picked);
            close();
          }}
          onClose={close}
        />
      )}
    />
  );
}
