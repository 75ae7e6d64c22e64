/** Step 4: every value exactly as it will be sent (the password masked), with a way back to each step. */
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import type { CreateCustomerRequest } from '../../../api/schemas';
import { useScriptLookup } from '../lookups/useWizardLookups';
import { t } from '../messages';
import { StepHeading } from './StepHeading';

export const PASSWORD_MASK = '••••••••';

const SCRIPT_LABELS: Partial<Record<string, () => string>> = {
  CacProfile: () => t('onboarding.script.cacProfile'),
  ProxySet: () => t('onboarding.script.proxySet'),
  OnlinePstnGateway: () => t('onboarding.script.onlinePstnGateway'),
  CarrierUserName: () => t('onboarding.script.carrierUserName'),
  CarrierUserPassword: () => t('onboarding.script.carrierPassword'),
  CarrierMainLine: () => t('onboarding.script.carrierMainLine'),
  CarrierHostName: () => t('onboarding.script.carrierHostName'),
  additionalProp1: () => t('onboarding.script.additionalProp', { n: 1 }),
  additionalProp2: () => t('onboarding.script.additionalProp', { n: 2 }),
  additionalProp3: () => t('onboarding.script.additionalProp', { n: 3 }),
};

/** A script parameter's label: its field's name, "Custom variable 2" for CustomVar.Variable2, else the wire key. */
function scriptLabel(key: string): string {
  const known = SCRIPT_LABELS[key];
  if (known) return known();
  const custom = /^CustomVar\.Variable(\d+)$/.exec(key);
  return custom ? t('onboarding.review.customVariable', { n: custom[1] ?? '' }) : key;
}

interface Row {
  label: string;
  /** Where the value sits in the request body. */
  wire: string;
  value: string | number | undefined;
  /** Shown instead of the value when the field is left out. */
  whenOmitted?: string;
}

/** The body with the password replaced by a mask of fixed length (the length is not shown either). */
export function maskBody(body: CreateCustomerRequest): CreateCustomerRequest {
  if (!body.scriptParameters?.CarrierUserPassword) return body;
  return { ...body, scriptParameters: { ...body.scriptParameters, CarrierUserPassword: PASSWORD_MASK } };
}

function Section({ title, onEdit, rows, children }: { title: string; onEdit: () => void; rows: Row[]; children?: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h3">
          {title}
        </Typography>
        <Button size="small" startIcon={<EditOutlined />} onClick={onEdit} aria-label={t('onboarding.review.editSection', { title })}>
          {t('onboarding.review.edit')}
        </Button>
      </Stack>
      {children}
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(12rem, max-content) 1fr' }, columnGap: 3, rowGap: 1 }}>
        {rows.map((row) => (
          <Box key={row.wire} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
              {row.label}
              <Typography variant="caption" color="text.secondary" component="code" sx={{ display: 'block', fontFamily: 'monospace' }}>
                {row.wire}
              </Typography>
            </Box>
            <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {row.value === undefined ? (
                <Typography variant="body2" color="text.secondary" component="span">
                  {row.whenOmitted ?? t('onboarding.review.notSent')}
                </Typography>
              ) : (
                String(row.value)
              )}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

export interface ReviewStepProps {
  focusHeading: boolean;
  /** The request body; null when the draft does not validate (never shown then: the steps are not complete). */
  body: CreateCustomerRequest | null;
  onEdit: (step: number) => void;
  passwordLost: boolean;
  /** The submit button and what happened to the last attempt. */
  children: ReactNode;
}

export function ReviewStep({ focusHeading, body, onEdit, passwordLost, children }: ReviewStepProps) {
  const scripts = useScriptLookup();
  if (!body) return null;
  const shown = maskBody(body);
  // A script by its template's name, as it was picked: "sbc-scenario7 (ID 7)"; an id no template names stays the id.
  const scriptName = (id: number) => scripts.suggestions.find((suggestion) => suggestion.value === String(id))?.label ?? id;
  const script = shown.scriptParameters ?? {};
  const scriptRows: Row[] = Object.entries(script).map(([key, value]) => ({
    label: scriptLabel(key),
    wire: `scriptParameters.${key}`,
    value,
  }));
  return (
    <Stack spacing={3}>
      <StepHeading autoFocus={focusHeading}>{t('onboarding.step.review')}</StepHeading>
      <Typography variant="body2" color="text.secondary">
        {t('onboarding.review.intro')}
      </Typography>
      <Section
        title={t('onboarding.step.customer')}
        onEdit={() => onEdit(0)}
        rows={[
          { label: t('onboarding.customer.shortName'), wire: 'shortName', value: shown.shortName },
          { label: t('onboarding.customer.fullName'), wire: 'fullName', value: shown.fullName },
          { label: t('onboarding.customer.msTenantId'), wire: 'msTenantId', value: shown.msTenantId },
          { label: t('onboarding.customer.ovocType'), wire: 'ovocCustomerType', value: shown.ovocCustomerType },
          { label: t('onboarding.customer.channelId'), wire: 'channelId', value: shown.channelId },
          {
            label: t('onboarding.customer.lcCustomerId'),
            wire: 'lcCustomerId',
            value: shown.lcCustomerId,
            whenOmitted: t('onboarding.review.lcCustomerIdOmitted'),
          },
        ]}
      />
      <Section
        title={t('onboarding.step.sip')}
        onEdit={() => onEdit(1)}
        rows={[
          { label: t('onboarding.review.sbcId'), wire: 'siteLocation.sbcId', value: shown.siteLocation.sbcId },
          { label: t('onboarding.sip.onboardingScript'), wire: 'siteLocation.sbcOnboardingScript', value: scriptName(shown.siteLocation.sbcOnboardingScript) },
          { label: t('onboarding.sip.cleanupScript'), wire: 'siteLocation.sbcCleanupScript', value: scriptName(shown.siteLocation.sbcCleanupScript) },
        ]}
      />
      <Section title={t('onboarding.step.script')} onEdit={() => onEdit(2)} rows={scriptRows}>
        {scriptRows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('onboarding.review.noScriptParameters')}
          </Typography>
        ) : null}
        {passwordLost && !body.scriptParameters?.CarrierUserPassword ? (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {t('onboarding.review.passwordLost')}
          </Alert>
        ) : null}
      </Section>
      <Box component="details">
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          {t('onboarding.review.requestBodyJson')}
        </Box>
        <Box component="pre" aria-label={t('onboarding.review.requestBody')} sx={{ fontFamily: 'monospace', fontSize: 13, overflowX: 'auto', p: 1, bgcolor: 'action.hover' }}>
          {JSON.stringify(shown, null, 2)}
        </Box>
      </Box>
      {children}
    </Stack>
  );
}
