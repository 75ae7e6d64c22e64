/**
 * Short confirmations that outlive the page that raised them ("Customer deleted", shown on the list
 * the person is sent back to). The provider sits in AppProviders; pages call `useToast()`.
 * One toast at a time: a new one replaces the current one. Success/info are announced politely
 * (role "status"), errors assertively (role "alert").
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { AlertColor } from '@mui/material/Alert';
import type { SnackbarCloseReason } from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

export interface ToastOptions {
  severity?: AlertColor;
  /** Default 6 s; errors stay until closed. */
  autoHideMs?: number | null;
}

interface ToastItem {
  key: number;
  message: string;
  severity: AlertColor;
  autoHideMs: number | null;
}

export type ShowToast = (message: string, options?: ToastOptions) => void;

const ToastContext = createContext<ShowToast | null>(null);

const DEFAULT_AUTO_HIDE_MS = 6000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastItem | null>(null);
  const [open, setOpen] = useState(false);

  const show = useCallback<ShowToast>((message, options = {}) => {
    const severity = options.severity ?? 'success';
    const autoHideMs = options.autoHideMs !== undefined ? options.autoHideMs : severity === 'error' ? null : DEFAULT_AUTO_HIDE_MS;
    setToast({ key: Date.now() + Math.random(), message, severity, autoHideMs });
    setOpen(true);
  }, []);

  const close = (_event?: unknown, reason?: SnackbarCloseReason) => {
    // A click elsewhere on the page should not dismiss a message before it could be read.
    if (reason === 'clickaway') return;
    setOpen(false);
  };

  return (
    <ToastContext.Provider value={show}>
      {children}
      <Snackbar
        key={toast?.key}
        open={open && toast !== null}
        autoHideDuration={toast?.autoHideMs ?? null}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {toast ? (
          <Alert
            severity={toast.severity}
            variant="filled"
            onClose={() => close()}
            role={toast.severity === 'error' ? 'alert' : 'status'}
            sx={{ width: '100%' }}
          >
            {toast.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </ToastContext.Provider>
  );
}

/**
 * The function that shows a toast. Without a ToastProvider above (a test rendering a bare
 * component) it logs instead of throwing: a missing confirmation must not break the action itself.
 */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  return show ?? fallback;
}

function fallback(message: string): void {
  console.warn(`[toast without ToastProvider] ${message}`);
}
