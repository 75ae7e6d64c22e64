/**
 * Styles of the services table, attached once at its root and reached by class name, so rows and
 * cells stay plain elements (cheap to mount while scrolling a 50,000-row list).
 */
import type { Theme } from '@mui/material/styles';
import type { Density } from '../prefs';

export const ROW_HEIGHT: Record<Density, number> = { comfortable: 56, compact: 40 };

/**
 * The theme's colours are CSS variables (one theme, light and dark schemes): `theme.palette` holds
 * only the light values, so colours are read from `theme.vars` to follow the dark scheme too.
 */
const colors = (theme: Theme) => (theme.vars ?? theme).palette;

export const tableSx = (theme: Theme) => ({
  typography: 'body2',
  '& .lpc-row': {
    display: 'grid',
    alignItems: 'center',
    borderBottom: `1px solid ${colors(theme).divider}`,
    boxSizing: 'border-box',
    width: '100%',
    outline: 'none',
    // A row's layout never affects the rest of the table: cheaper when rows mount while scrolling.
    contain: 'layout style',
  },
  '& .lpc-body .lpc-row:hover': { backgroundColor: colors(theme).action.hover },
  '& .lpc-body .lpc-row:focus-visible': {
    outline: `2px solid ${colors(theme).primary.main}`,
    outlineOffset: -2,
    backgroundColor: colors(theme).action.selected,
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
    backgroundColor: colors(theme).background.paper,
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
    '&:focus-visible': { outline: `2px solid ${colors(theme).primary.main}`, outlineOffset: 2 },
    '& svg': { width: 16, height: 16, flexShrink: 0, fill: 'currentColor', opacity: 0 },
    '&:hover svg, &[data-sorted] svg': { opacity: 1 },
  },
  '& .lpc-link': {
    color: colors(theme).primary.main,
    fontWeight: theme.typography.fontWeightMedium,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${colors(theme).primary.main}`, outlineOffset: 2 },
  },
  '& .lpc-stack': { display: 'flex', flexDirection: 'column', lineHeight: 1.25, minWidth: 0 },
  '& .lpc-stack > span': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .lpc-secondary': { color: colors(theme).text.secondary, fontSize: '0.75rem' },
  '& .lpc-usage': { display: 'flex', alignItems: 'center', gap: 1 },
  '& .lpc-usage > span:first-of-type': { minWidth: 32, textAlign: 'right' },
  '& .lpc-usage-track': {
    flex: '1 1 auto',
    maxWidth: 72,
    height: 6,
    borderRadius: 3,
    backgroundColor: colors(theme).action.disabledBackground,
    overflow: 'hidden',
  },
  '& .lpc-usage-fill': { display: 'block', height: '100%', backgroundColor: colors(theme).primary.main },
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
    color: colors(theme).text.secondary,
    '& svg': { width: 16, height: 16, fill: 'currentColor' },
    '&:hover': { backgroundColor: colors(theme).action.hover, color: colors(theme).text.primary },
    '&:focus-visible': { outline: `2px solid ${colors(theme).primary.main}` },
  },
  // A value that did not fit its field: shown as sent, with a dotted underline and its title on hover.
  '& .lpc-unfit': { textDecoration: 'underline dotted', textUnderlineOffset: '3px', cursor: 'help', overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .lpc-unfit::after': { content: '"*"', color: colors(theme).warning.main, marginLeft: '2px' },
  '& .lpc-sr': { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  '& .lpc-muted': { color: colors(theme).text.secondary },
  // Health: icon + text (+ count, + "by name"); the icon's colour repeats what the text says.
  '& .lpc-health': {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 0.5,
    minWidth: 0,
    maxWidth: '100%',
    color: colors(theme).text.primary,
    textDecoration: 'none',
    '&:hover .lpc-health-label': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${colors(theme).primary.main}`, outlineOffset: 2 },
  },
  '& .lpc-health-label': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .lpc-health-icon': { width: 18, height: 18, flexShrink: 0, fill: colors(theme).text.secondary },
  '& .lpc-health-icon[data-severity="ok"]': { fill: colors(theme).success.main },
  '& .lpc-health-icon[data-severity="warning"]': { fill: colors(theme).warning.main },
  '& .lpc-health-icon[data-severity="error"]': { fill: colors(theme).error.main },
  '& .lpc-health-count': { color: colors(theme).text.secondary, fontVariantNumeric: 'tabular-nums' },
  '& .lpc-health-by-name': {
    flexShrink: 0,
    fontSize: '0.6875rem',
    lineHeight: 1.4,
    px: 0.5,
    border: `1px solid ${colors(theme).divider}`,
    borderRadius: 1,
    color: colors(theme).text.secondary,
  },
  '& .lpc-th-flex': { display: 'flex', alignItems: 'center', gap: 0.5 },
  '& .lpc-th-hint': { display: 'inline-flex', flexShrink: 0, cursor: 'help' },
});
