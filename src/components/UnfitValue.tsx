/** A value that did not fit its field, shown as it came: a subtle dotted marker, what was expected on hover and for screen readers. */
import Box from '@mui/material/Box';
import { unfitCellText, unfitHint } from '../domain/as-sent';
import { VisuallyHidden } from './VisuallyHidden';

export interface UnfitValueProps {
  /** The value as sent, or a text already chosen for it (see `text`). */
  value: unknown;
  /** e.g. "text"; or a whole hint with `hint`. */
  expected?: string;
  /** The tooltip, when the caller words it (e.g. an integer state with no documented meaning). */
  hint?: string;
  /** What to show instead of the value's own text. */
  text?: string;
}

export function UnfitValue({ value, expected = 'another kind of value', hint, text }: UnfitValueProps) {
  const tooltip = hint ?? unfitHint({ value, expected });
  return (
    <Box
      component="span"
      title={tooltip}
      data-unfit=""
      sx={{ textDecoration: 'underline dotted', textUnderlineOffset: '3px', cursor: 'help', '&::after': { content: '"*"', color: 'warning.main', ml: '2px' } }}
    >
      {text ?? unfitCellText(value)}
      <VisuallyHidden>{` (${tooltip})`}</VisuallyHidden>
    </Box>
  );
}
