/**
 * A toggle button (aria-pressed) drawn like MUI's standard, small ToggleButton: same ButtonBase
 * (focus ripple, keyboard), border, colours and selected state. Standalone toggles need none of
 * ToggleButton's group machinery (roving focus, exclusive values), which it loads regardless.
 */
import type { ReactNode } from 'react';
import ButtonBase from '@mui/material/ButtonBase';
import { styled, type SxProps, type Theme } from '@mui/material/styles';

const Root = styled(ButtonBase)(({ theme }) => {
  const vars = theme.vars ?? theme;
  const { selectedOpacity, hoverOpacity } = vars.palette.action;
  return {
    ...theme.typography.button,
    fontSize: theme.typography.pxToRem(13),
    borderRadius: vars.shape.borderRadius,
    padding: 7,
    border: `1px solid ${vars.palette.divider}`,
    color: vars.palette.action.active,
    '&:hover': {
      textDecoration: 'none',
      backgroundColor: theme.alpha(vars.palette.text.primary, hoverOpacity),
      '@media (hover: none)': { backgroundColor: 'transparent' },
    },
    '&[aria-pressed="true"]': {
      color: vars.palette.text.primary,
      backgroundColor: theme.alpha(vars.palette.text.primary, selectedOpacity),
      '&:hover': {
        backgroundColor: theme.alpha(vars.palette.text.primary, `${selectedOpacity} + ${hoverOpacity}`),
        '@media (hover: none)': { backgroundColor: theme.alpha(vars.palette.text.primary, selectedOpacity) },
      },
    },
  };
});

export interface PressButtonProps {
  selected: boolean;
  onClick: () => void;
  children: ReactNode;
  'aria-label'?: string;
  sx?: SxProps<Theme>;
}

export function PressButton({ selected, ...rest }: PressButtonProps) {
  return <Root focusRipple aria-pressed={selected} {...rest} />;
}
