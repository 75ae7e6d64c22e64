import type { ReactElement } from 'react';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightness from '@mui/icons-material/SettingsBrightness';

export type Mode = 'system' | 'light' | 'dark';

export interface ColorModeOption {
  mode: Mode;
  /** Its name in src/app/messages.en.json. */
  label: 'shell.theme.system' | 'shell.theme.light' | 'shell.theme.dark';
  icon: ReactElement;
}

export const COLOR_MODE_OPTIONS: readonly ColorModeOption[] = [
  { mode: 'system', label: 'shell.theme.system', icon: <SettingsBrightness fontSize="small" /> },
  { mode: 'light', label: 'shell.theme.light', icon: <LightModeOutlined fontSize="small" /> },
  { mode: 'dark', label: 'shell.theme.dark', icon: <DarkModeOutlined fontSize="small" /> },
];
