/**
 * The shell's app bar and toolbar rows, styled as MUI's AppBar (fixed, primary colour, elevation 4,
 * the dark scheme's AppBar colours) and regular Toolbar, on Paper and a div: the shell does not
 * load AppBar and Toolbar for one bar and two spacers.
 */
import Paper, { type PaperProps } from '@mui/material/Paper';
import { styled, type SxProps, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

/** `var(--a)` and `var(--b)` as `var(--a, var(--b))`: the first when the scheme defines it. */
const withFallback = (first: string, fallback: string) => `${first.replace(/\)$/, '')}, ${fallback})`;

function HeaderPaper(props: PaperProps<'header'>) {
  return <Paper component="header" square elevation={4} {...props} />;
}

const Bar = styled(HeaderPaper)(({ theme }) => {
  const vars = theme.vars ?? theme;
  return {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    boxSizing: 'border-box',
    flexShrink: 0,
    position: 'fixed',
    zIndex: vars.zIndex.appBar,
    top: 0,
    left: 'auto',
    right: 0,
    '@media print': { position: 'absolute' },
    '--AppBar-background': vars.palette.primary.main,
    '--AppBar-color': vars.palette.primary.contrastText,
    backgroundColor: 'var(--AppBar-background)',
    color: 'var(--AppBar-color)',
    ...(theme.vars
      ? theme.applyStyles('dark', {
          backgroundColor: withFallback(theme.vars.palette.AppBar.darkBg, 'var(--AppBar-background)'),
          color: withFallback(theme.vars.palette.AppBar.darkColor, 'var(--AppBar-color)'),
        })
      : {}),
  };
});

/** A row the height of MUI's regular Toolbar, with its gutters. */
export const ToolbarRow = styled('div')(({ theme }) => {
  const { toolbar } = theme.mixins;
  const sm = theme.breakpoints.up('sm');
  const toolbarSm: object = (toolbar as Record<string, object | undefined>)[sm] ?? {};
  return {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    paddingLeft: theme.spacing(2),
    paddingRight: theme.spacing(2),
    // The toolbar mixin's heights in its own order (the sm height after the landscape one), with
    // the sm gutters merged into its sm rule.
    ...toolbar,
    [sm]: { ...toolbarSm, paddingLeft: theme.spacing(3), paddingRight: theme.spacing(3) },
  };
});

export function AppHeader({ sx, children }: { sx?: SxProps<Theme>; children: ReactNode }) {
  return (
    <Bar sx={sx}>
      {children}
    </Bar>
  );
}
