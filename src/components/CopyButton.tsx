/**
 * Copies a value (error ticket, GUID, tenant id) to the clipboard. The outcome is shown in the
 * tooltip and the icon, and announced through a polite live region so screen-reader users hear it
 * too. Clipboard access can fail (insecure origin, denied permission): then we say so instead of
 * pretending it worked.
 */
import { useEffect, useRef, useState } from 'react';
import IconButton, { type IconButtonProps } from '@mui/material/IconButton';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import { VisuallyHidden } from './VisuallyHidden';
import { Hint as Tooltip } from './Hint';
import { useT } from './messages';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the "Copied" feedback stays before the button returns to normal. */
const FEEDBACK_MS = 2000;

export interface CopyButtonProps {
  /** The text put on the clipboard. */
  value: string;
  /** What is copied, for the accessible name: "Copy <what>" (e.g. "error ticket"). */
  what: string;
  size?: IconButtonProps['size'];
}

async function writeClipboard(value: string): Promise<void> {
  // navigator.clipboard is undefined on insecure origins, so check before calling.
  if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('Clipboard unavailable');
  await navigator.clipboard.writeText(value);
}

export function CopyButton({ value, what, size = 'small' }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const showFor = (next: CopyState) => {
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };

  const copy = () => {
    writeClipboard(value).then(
      () => showFor('copied'),
      () => showFor('failed'),
    );
  };

  const label = t('copy.label', { what });
  const tooltip = state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failedHint') : label;

  return (
    <>
      <Tooltip title={tooltip}>
        <IconButton
          aria-label={label}
          onClick={copy}
          size={size}
          color={state === 'failed' ? 'error' : state === 'copied' ? 'success' : 'default'}
        >
          {state === 'copied' ? (
            <CheckOutlined fontSize="inherit" />
          ) : state === 'failed' ? (
            <ErrorOutlineOutlined fontSize="inherit" />
          ) : (
            <ContentCopyOutlined fontSize="inherit" />
          )}
        </IconButton>
      </Tooltip>
      <VisuallyHidden>
        <span role="status">{state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed', { what }) : ''}</span>
      </VisuallyHidden>
    </>
  );
}
