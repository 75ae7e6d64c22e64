/**
 * A text field with suggestions (MUI Autocomplete, free entry): a person may pick a suggestion by name or
 * type any value, validated as before. The form holds the value sent (an id); the input shows the
 * suggestion's label when the value is one. `unavailable` says why there are no suggestions.
 */
import { useState, type ReactNode } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useController, useFormContext } from 'react-hook-form';
import type { Draft, DraftValues } from '../form/schema';
import type { DraftPath } from './FormTextField';

export interface Suggestion {
  /** What the form holds and sends, e.g. "7". */
  value: string;
  /** What the person reads and picks, e.g. "sbc-scenario7 (ID 7)". */
  label: string;
  /** Also accepted when typed in full, e.g. the script's name. */
  name?: string;
}

export interface SuggestFieldProps {
  name: DraftPath;
  label: string;
  suggestions: readonly Suggestion[];
  helperText?: ReactNode;
  /** Why no suggestions are offered (a lookup failed or is loading); shown in the help text. */
  unavailable?: string;
  required?: boolean;
  inputMode?: 'text' | 'numeric';
  /** After the value changed, with the suggestion it is (if any). */
  onValueChange?: (value: string, suggestion: Suggestion | undefined) => void;
}

export function SuggestField({ name, label, suggestions, helperText, unavailable, required = false, inputMode, onValueChange }: SuggestFieldProps) {
  const { control, trigger } = useFormContext<DraftValues, unknown, Draft>();
  const { field, fieldState } = useController({ name, control });
  const value = typeof field.value === 'string' ? field.value : '';
  // What is being typed; null shows the value (as its suggestion's label when it is one).
  const [typing, setTyping] = useState<string | null>(null);
  const selected = suggestions.find((s) => s.value === value) ?? null;

  const change = (next: string, suggestion: Suggestion | undefined) => {
    field.onChange(next);
    if (fieldState.error) void trigger(name);
    onValueChange?.(next, suggestion);
  };
  const help = fieldState.error?.message ?? (
    <>
      {helperText}
      {unavailable ? ` ${unavailable}` : null}
    </>
  );

  return (
    <Autocomplete<Suggestion, false, false, true>
      freeSolo
      options={suggestions}
      value={selected ?? (value === '' ? null : value)}
      inputValue={typing ?? selected?.label ?? value}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.label)}
      isOptionEqualToValue={(option, current) => typeof current !== 'string' && option.value === current.value}
      onInputChange={(_event, text, reason) => {
        if (reason !== 'input') return;
        setTyping(text);
        const typed = text.trim();
        // A suggestion typed out in full (its label or name) counts as picking it.
        const match = suggestions.find((s) => s.label === typed || (s.name !== undefined && s.name === typed));
        change(match ? match.value : typed, match);
      }}
      onChange={(_event, next) => {
        setTyping(null);
        if (next === null) change('', undefined);
        else if (typeof next !== 'string') change(next.value, next);
      }}
      onBlur={() => {
        setTyping(null);
        field.onBlur();
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          label={label}
          required={required}
          error={fieldState.error !== undefined}
          helperText={help}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, inputMode, spellCheck: false, autoComplete: 'off' } }}
        />
      )}
    />
  );
}
