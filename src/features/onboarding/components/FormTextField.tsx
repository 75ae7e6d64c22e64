/** Text inputs bound to the wizard's form: error text replaces the help text, focus works for "first error". */
import { useState, type ReactNode } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { useController, useFormContext, type Path } from 'react-hook-form';
import type { Draft, DraftValues } from '../form/schema';
import { t } from '../messages';

export type DraftPath = Path<DraftValues>;

export interface FormTextFieldProps {
  name: DraftPath;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
  /** Validate on every keystroke (e.g. shortName), not only after the field was left once. */
  validateWhileTyping?: boolean;
  /** Called after the value changed (e.g. to re-check another field that depends on this one). */
  onValueChange?: (value: string) => void;
  type?: TextFieldProps['type'];
  inputMode?: 'text' | 'numeric' | 'url' | 'tel';
  autoComplete?: string;
  endAdornment?: ReactNode;
}

export function FormTextField({
  name,
  label,
  helperText,
  required = false,
  validateWhileTyping = false,
  onValueChange,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  endAdornment,
}: FormTextFieldProps) {
  const { control, trigger } = useFormContext<DraftValues, unknown, Draft>();
  const { field, fieldState } = useController({ name, control });
  const value = typeof field.value === 'string' ? field.value : '';
  return (
    <TextField
      name={field.name}
      value={value}
      onChange={(event) => {
        field.onChange(event.target.value);
        // A field showing an error is re-checked as it is corrected, so the error goes the moment it is fixed.
        if (validateWhileTyping || fieldState.error) void trigger(name);
        onValueChange?.(event.target.value);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      type={type}
      autoComplete={autoComplete}
      fullWidth
      error={fieldState.error !== undefined}
      helperText={fieldState.error?.message ?? helperText}
      slotProps={{
        htmlInput: { inputMode, spellCheck: false },
        input: endAdornment ? { endAdornment } : undefined,
      }}
    />
  );
}

/** A password input with a show/hide toggle. Its value is never written to storage (see draft-storage.ts). */
export function PasswordField(props: Omit<FormTextFieldProps, 'type' | 'endAdornment' | 'autoComplete'>) {
  const [visible, setVisible] = useState(false);
  return (
    <FormTextField
      {...props}
      type={visible ? 'text' : 'password'}
      autoComplete="new-password"
      endAdornment={
        <InputAdornment position="end">
          <IconButton
            aria-label={visible ? t('onboarding.password.hide') : t('onboarding.password.show')}
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
            edge="end"
          >
            {visible ? <VisibilityOffOutlined /> : <VisibilityOutlined />}
          </IconButton>
        </InputAdornment>
      }
    />
  );
}
