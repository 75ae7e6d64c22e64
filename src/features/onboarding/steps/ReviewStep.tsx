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
import { StepHeading } from './StepHeading';

export const PASSWORD_MASK = '••••••••';

const SCRIPT_LABELS: Partial<Record<string, string>> = {
  CacProfile: 'CAC profile',
  ProxySet: 'Proxy set',
  OnlinePstnGateway: 'Online PSTN gateway',
  CarrierUserName: 'Carrier user name',
  CarrierUserPassword: 'Carrier password',
  CarrierMainLine: 'Carrier main line',
  CarrierHostName: 'Carrier host name',
  additionalProp1: 'Additional property 1',
  additionalProp2: 'Additional property 2',
  additionalProp3: 'Additional property 3',
};

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
        <Button size="small" startIcon={<EditOutlined />} onClick={onEdit} aria-label={`Edit ${title}`}>
          Edit
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
                  {row.whenOmitted ?? 'Not sent'}
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
    label: SCRIPT_LABELS[key] ?? key.replace(/^CustomVar\.Variable(\d+)$/, 'Custom variable $1'),
    wire: `scriptParameters.${key}`,
    value,
  }));
  return (
    <Stack spacing={3}>
      <StepHeading autoFocus={focusHeading}>Review</StepHeading>
      <Typography variant="body2" color="text.secondary">
        This is exactly what will be sent to Live Platform. Fields shown as “Not sent” are left out of the request.
      </Typography>
      <Section
        title="Customer"
        onEdit={() => onEdit(0)}
        rows={[
          { label: 'Short name', wire: 'shortName', value: shown.shortName },
          { label: 'Full name', wire: 'fullName', value: shown.fullName },
          { label: 'Microsoft tenant id', wire: 'msTenantId', value: shown.msTenantId },
          { label: 'OVOC customer type', wire: 'ovocCustomerType', value: shown.ovocCustomerType },
          { label: 'Channel id', wire: 'channelId', value: shown.channelId },
          {
            label: 'Live Platform customer id',
            wire: 'lcCustomerId',
            value: shown.lcCustomerId,
            whenOmitted: 'Not sent: a new Live Platform customer is created too',
          },
        ]}
      />
      <Section
        title="SIP connection"
        onEdit={() => onEdit(1)}
        rows={[
          { label: 'SBC id', wire: 'siteLocation.sbcId', value: shown.siteLocation.sbcId },
          { label: 'Onboarding script', wire: 'siteLocation.sbcOnboardingScript', value: scriptName(shown.siteLocation.sbcOnboardingScript) },
          { label: 'Cleanup script', wire: 'siteLocation.sbcCleanupScript', value: scriptName(shown.siteLocation.sbcCleanupScript) },
        ]}
      />
      <Section title="Script parameters" onEdit={() => onEdit(2)} rows={scriptRows}>
        {scriptRows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            None: scriptParameters is not sent.
          </Typography>
        ) : null}
        {passwordLost && !body.scriptParameters?.CarrierUserPassword ? (
          <Alert severity="warning" sx={{ mb: 1 }}>
            No carrier password will be sent: the one typed before the page reloaded was not kept.
          </Alert>
        ) : null}
      </Section>
      <Box component="details">
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          Request body (JSON)
        </Box>
        <Box component="pre" aria-label="Request body" sx={{ fontFamily: 'monospace', fontSize: 13, overflowX: 'auto', p: 1, bgcolor: 'action.hover' }}>
          {JSON.stringify(shown, null, 2)}
        </Box>
      </Box>
      {children}
    </Stack>
  );
}
