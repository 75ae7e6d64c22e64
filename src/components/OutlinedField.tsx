/**
 * MUI's small outlined field (FormControl + InputLabel + OutlinedInput) drawn with our own few
 * styles, so the services toolbar does not ship InputBase, OutlinedInput, InputLabel, FormControl,
 * FormLabel, TextareaAutosize and InputAdornment in the entry (~7 kB gzip). The label is always
 * shrunk (the search box has a start adornment, the filters always show a value), so it never
 * floats. The values are MUI's own (OutlinedInput, NotchedOutline, InputLabel, InputBase), so a
 * real MUI field swapped in later looks the same.
 */
import type { ReactNode } from 'react';
import { styled, type Theme } from '@mui/material/styles';

/** Put on the focusable element inside the field: its focus draws the focused outline and label. */
export const FIELD_CONTROL = 'OutlinedField-control';
const FOCUSED = `&:has(.${FIELD_CONTROL}:focus)`;

const restBorder = (theme: Theme) =>
  theme.vars ? theme.alpha(theme.vars.palette.common.onBackground, 0.23) : theme.palette.mode === 'light' ? 'rgba(0, 0, 0, 0.23)' : 'rgba(255, 255, 255, 0.23)';

/** FormControl's box; `data-disabled` greys the label, the outline and the text. */
export const OutlinedField = styled('div')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'inline-flex',
    flexDirection: 'column',
    position: 'relative',
    minWidth: 0,
    verticalAlign: 'top',
    [`${FOCUSED} > label`]: { color: palette.primary.main },
    [`${FOCUSED} fieldset`]: { borderColor: palette.primary.main, borderWidth: 2 },
    '&[data-disabled] > label': { color: palette.text.disabled },
    '&[data-disabled] > div': { color: palette.text.disabled, cursor: 'default' },
    '&&[data-disabled] fieldset': { borderColor: palette.action.disabled },
  };
});

/** InputLabel, outlined, small and shrunk. */
export const FieldLabel = styled('label')(({ theme }) => ({
  ...theme.typography.body1,
  lineHeight: '1.4375em',
  color: (theme.vars ?? theme).palette.text.secondary,
  padding: 0,
  display: 'block',
  position: 'absolute',
  left: 0,
  top: 0,
  zIndex: 1,
  transformOrigin: 'top left',
  transform: 'translate(14px, -9px) scale(0.75)',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  maxWidth: 'calc(133% - 32px)',
  userSelect: 'none',
  transition: theme.transitions.create(['color', 'transform', 'max-width'], {
    duration: theme.transitions.duration.shorter,
    easing: theme.transitions.easing.easeOut,
  }),
}));

/** OutlinedInput's root (InputBase's, outlined): the row holding adornments, control and outline. */
export const FieldBox = styled('div')(({ theme }) => ({
  ...theme.typography.body1,
  color: (theme.vars ?? theme).palette.text.primary,
  lineHeight: '1.4375em',
  boxSizing: 'border-box',
  position: 'relative',
  cursor: 'text',
  display: 'inline-flex',
  alignItems: 'center',
  borderRadius: (theme.vars ?? theme).shape.borderRadius,
  '&:hover fieldset': { borderColor: (theme.vars ?? theme).palette.text.primary },
  '@media (hover: none)': { '&:hover fieldset': { borderColor: restBorder(theme) } },
}));

/** OutlinedInput's small input, also the closed select's display. */
export const FieldInput = styled('input')(({ theme }) => ({
  font: 'inherit',
  letterSpacing: 'inherit',
  color: 'currentColor',
  padding: '8.5px 14px',
  border: 0,
  boxSizing: 'content-box',
  background: 'none',
  height: '1.4375em',
  margin: 0,
  WebkitTapHighlightColor: 'transparent',
  display: 'block',
  minWidth: 0,
  width: '100%',
  borderRadius: 'inherit',
  '&::placeholder': {
    color: 'currentColor',
    opacity: theme.vars ? theme.vars.opacity.inputPlaceholder : theme.palette.mode === 'light' ? 0.42 : 0.5,
  },
  '&:focus': { outline: 0 },
  '&:invalid': { boxShadow: 'none' },
  '&[type=search]': { MozAppearance: 'textfield' },
  '&::-webkit-search-decoration': { WebkitAppearance: 'none' },
}));

/** InputAdornment: an icon or button beside the control. */
export const FieldAdornment = styled('div')(({ theme }) => ({
  display: 'flex',
  height: '0.01em',
  maxHeight: '2em',
  alignItems: 'center',
  whiteSpace: 'nowrap',
  color: (theme.vars ?? theme).palette.action.active,
}));

const Fieldset = styled('fieldset')(({ theme }) => ({
  textAlign: 'left',
  position: 'absolute',
  inset: '-5px 0 0 0',
  margin: 0,
  padding: '0 8px',
  pointerEvents: 'none',
  borderRadius: 'inherit',
  borderStyle: 'solid',
  borderWidth: 1,
  borderColor: restBorder(theme),
  overflow: 'hidden',
  minWidth: '0%',
}));

const Legend = styled('legend')({
  float: 'unset',
  width: 'auto',
  overflow: 'hidden',
  display: 'block',
  padding: 0,
  height: 11,
  fontSize: '0.75em',
  visibility: 'hidden',
  maxWidth: '100%',
  whiteSpace: 'nowrap',
  '& > span': { paddingLeft: 5, paddingRight: 5, display: 'inline-block', opacity: 0, visibility: 'visible' },
});

/** NotchedOutline, notched: the border with a gap the shrunk label sits in. */
export function FieldOutline({ label }: { label: ReactNode }) {
  return (
    <Fieldset aria-hidden>
      <Legend>
        <span>{label}</span>
      </Legend>
    </Fieldset>
  );
}
