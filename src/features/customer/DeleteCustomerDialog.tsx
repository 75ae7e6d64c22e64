/**
 * "Delete service" behind a typed confirmation: the button stays disabled until the short name is
 * typed exactly, and while the DELETE is in flight. A failure is explained in the dialog and the
 * dialog then offers only "Cancel" and "Back to services": a DELETE whose outcome is unknown
 * (timeout, 5xx) or already moot (404) is never sent a second time from the same dialog.
 */
import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { isApiError } from '../../api/http';
import { answerMayBeLost, describeError } from '../../api/error-words';
import { rich } from '../../i18n/rich';
import { t } from './messages';

export interface DeleteCustomerDialogProps {
  open: boolean;
  shortName: string;
  guid: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** After a failure: leave for the (refreshed) list, where the truth can be seen. */
  onLeave: () => void;
}

/** A plain sentence for a failed DELETE. */
export function deleteErrorMessage(error: unknown, shortName: string): { title: string; message: string } {
  if (isApiError(error) && error.status === 404) {
    return {
      title: t('customer.delete.notFoundTitle'),
      message: t('customer.delete.notFoundMessage', { shortName }),
    };
  }
  const info = describeError(error);
  if (answerMayBeLost(error)) {
    return { title: info.title, message: t('customer.delete.mayBeLost', { message: info.message }) };
  }
  return { title: info.title, message: info.meaning ? `${info.message} ${info.meaning}` : info.message };
}

export function DeleteCustomerDialog({ open, shortName, guid, pending, error, onConfirm, onClose, onLeave }: DeleteCustomerDialogProps) {
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const matches = typed === shortName;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches && !pending && !error) onConfirm();
  };

  const close = () => {
    if (pending) return;
    onClose();
  };

  const failure = error ? deleteErrorMessage(error, shortName) : null;
  const ticket = error ? describeError(error).errorTicket : undefined;

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={titleId}
      slotProps={{ transition: { onExited: () => setTyped('') } }}
    >
      <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>{t('customer.delete.title', { shortName })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('customer.delete.explanation')}
        </DialogContentText>
        <DialogContentText component="div" variant="body2" sx={{ mb: 2 }}>
          {rich(t, 'customer.delete.guid', { guid: <code>{guid}</code> })}
        </DialogContentText>
        <TextField
          autoFocus
          fullWidth
          label={t('customer.delete.confirmLabel', { shortName })}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          disabled={pending || failure !== null}
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
          helperText={typed !== '' && !matches ? t('customer.delete.mismatch') : ' '}
        />
        {failure ? (
          <Alert severity="error" role="alert" sx={{ mt: 1 }}>
            <strong>{failure.title}.</strong> {failure.message}
            {ticket ? (
              <>
                {' '}
                {rich(t, 'customer.delete.ticket', { ticket: <code>{ticket}</code> })}
              </>
            ) : null}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={pending}>
          {t('customer.cancel')}
        </Button>
        {failure ? (
          <Button variant="contained" onClick={onLeave}>
            {t('customer.backToServices')}
          </Button>
        ) : (
          <Button
            type="submit"
            color="error"
            variant="contained"
            disabled={!matches || pending}
            startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
          >
            {pending ? t('customer.delete.deleting') : t('customer.deleteService')}
          </Button>
        )}
      </DialogActions>
      </form>
    </Dialog>
  );
}
