import type { ReactElement } from 'react';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightness from '@mui/icons-material/SettingsBrightness';

export type Mode = 'system' | 'light' | 'dark';

export interface ColorModeOption {
  mode: Mode;
  label: string;
  icon: ReactElement;
}

export const COLOR_MODE_OPTIONS: readonly ColorModeOption[] = [
  { mode: 'system', label: 'System', icon: <SettingsBrightness fontSize="small" /> },
  { mode: 'light', label: 'Light', icon: <LightModeOutlined fontSize="small" /> },
  { mode: 'dark', label: 'Dark', icon: <DarkModeOutlined fontSize="small" /> },
];
