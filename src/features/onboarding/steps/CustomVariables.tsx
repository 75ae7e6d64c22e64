/**
 * Custom variables: an ordered list sent as CustomVar.Variable1..N. The number is the variable's
 * place in Live Platform's "Customer variables" list, so order matters and rows can be moved.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useEffect } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { FormTextField } from '../components/FormTextField';
import { customVariableKey } from '../form/build-request';
import type { Draft, DraftValues } from '../form/schema';
import { t } from '../messages';

export interface CustomVariablesProps {
  /** The chosen script's customer variables, in their order, when its template lists them. */
  names?: readonly string[];
  scriptName?: string;
}

export function CustomVariables({ names = [], scriptName }: CustomVariablesProps) {
  const { control } = useFormContext<DraftValues, unknown, Draft>();
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'script.customVariables' });
  // The script's variables become rows, once, when none were typed yet; their order is their number.
  useEffect(() => {
    if (names.length > 0 && fields.length === 0) append(names.map(() => ({ value: '' })), { shouldFocus: false });
  }, [names, fields.length, append]);
  return (
    <Box component="section" aria-labelledby="custom-variables-heading">
      <Typography id="custom-variables-heading" variant="h6" component="h3">
        {t('onboarding.customVariables.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('onboarding.customVariables.intro')}
        {names.length > 0 && scriptName ? ` ${t('onboarding.customVariables.named', { script: scriptName })}` : ''}
      </Typography>
      <Stack spacing={2}>
        {fields.map((row, i) => {
          const key = customVariableKey(i + 1);
          const named = names[i];
          return (
            <Stack key={row.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <FormTextField name={`script.customVariables.${i}.value`} label={named ? `${named} (${key})` : key} required />
              <IconButton aria-label={t('onboarding.customVariables.moveUp', { key })} disabled={i === 0} onClick={() => swap(i, i - 1)}>
                <ArrowUpwardOutlined />
              </IconButton>
              <IconButton aria-label={t('onboarding.customVariables.moveDown', { key })} disabled={i === fields.length - 1} onClick={() => swap(i, i + 1)}>
                <ArrowDownwardOutlined />
              </IconButton>
              <IconButton aria-label={t('onboarding.customVariables.remove', { key })} onClick={() => remove(i)}>
                <DeleteOutlined />
              </IconButton>
            </Stack>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddOutlined />}
        onClick={() => append({ value: '' }, { shouldFocus: true })}
        sx={{ mt: fields.length > 0 ? 2 : 0 }}
      >
        {t('onboarding.customVariables.add')}
      </Button>
    </Box>
  );
}
