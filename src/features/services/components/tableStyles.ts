/**
 * Styles of the services table, attached once at its root and reached by class name, so rows and
 * cells stay plain elements (cheap to mount while scrolling a 50,000-row list).
 */
import type { Theme } from '@mui/material/styles';
import type { Density } from '../prefs';

export const ROW_HEIGHT: Record<Density, number> = { comfortable: 56, compact: 40 };

export const tableSx = (theme: Theme) => ({
  typography: 'body2',
  '& .lpc-row': {
    display: 'grid',
    alignItems: 'center',
    borderBottom: `1px solid ${theme.palette.divider}`,
    boxSizing: 'border-box',
    width: '100%',
    outline: 'none',
    // A row's layout never affects the rest of the table: cheaper when rows mount while scrolling.
    contain: 'layout style',
  },
  '& .lpc-body .lpc-row:hover': { backgroundColor: theme.palette.action.hover },
  '& .lpc-body .lpc-row:focus-visible': {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: -2,
    backgroundColor: theme.palette.action.selected,
  },
  '& .lpc-cell, & .lpc-th': {
    px: 1.5,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  '& .lpc-right': { textAlign: 'right', justifyContent: 'flex-end' },
  // Header labels may wrap to two lines rather than be cut ("Live Hub simple").
  '& .lpc-th': { whiteSpace: 'normal', lineHeight: 1.25 },
  '& .lpc-head': {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: theme.palette.background.paper,
    fontWeight: theme.typography.fontWeightMedium,
  },
  '& .lpc-sort': {
    all: 'unset',
    cursor: 'pointer',
    display: 'inline-flex',
    alignItems: 'center',
    gap: 0.5,
    maxWidth: '100%',
    borderRadius: 1,
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
    '& svg': { width: 16, height: 16, flexShrink: 0, fill: 'currentColor', opacity: 0 },
    '&:hover svg, &[data-sorted] svg': { opacity: 1 },
  },
  '& .lpc-link': {
    color: theme.palette.primary.main,
    fontWeight: theme.typography.fontWeightMedium,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
  },
  '& .lpc-stack': { display: 'flex', flexDirection: 'column', lineHeight: 1.25, minWidth: 0 },
  '& .lpc-stack > span': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .lpc-secondary': { color: theme.palette.text.secondary, fontSize: '0.75rem' },
  '& .lpc-usage': { display: 'flex', alignItems: 'center', gap: 1 },
  '& .lpc-usage > span:first-of-type': { minWidth: 32, textAlign: 'right' },
  '& .lpc-usage-track': {
    flex: '1 1 auto',
    maxWidth: 72,
    height: 6,
    borderRadius: 3,
    backgroundColor: theme.palette.action.disabledBackground,
    overflow: 'hidden',
  },
  '& .lpc-usage-fill': { display: 'block', height: '100%', backgroundColor: theme.palette.primary.main },
  '& .lpc-id': { display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 },
  '& .lpc-id code': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.8125rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  '& .lpc-copy': {
    all: 'unset',
    cursor: 'pointer',
    flexShrink: 0,
    display: 'inline-flex',
    padding: '4px',
    borderRadius: '50%',
    color: theme.palette.text.secondary,
    '& svg': { width: 16, height: 16, fill: 'currentColor' },
    '&:hover': { backgroundColor: theme.palette.action.hover, color: theme.palette.text.primary },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
  },
});
