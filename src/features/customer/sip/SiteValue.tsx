/** A state or configuration type of a SIP connection: word or integer, named through the one mapping table. */
import Typography from '@mui/material/Typography';
import { Nullable } from '../../../components/Nullable';
import { StatusChip } from '../../../components/StatusChip';
import { statusLabel } from '../../../components/status-words';
import { describeSiteValue, type SiteField } from '../../../domain/site-states';
import { t } from '../messages';

export function SiteValue({ field, value, chip = true }: { field: SiteField; value: string | number | null; chip?: boolean }) {
  const info = describeSiteValue(field, value);
  if (!info) return <Nullable value={null} />;
  const label = statusLabel(info.value);
  return (
    <>
      {chip ? <StatusChip label={label} severity={info.severity} /> : <span>{label}</span>}
      {info.undocumentedCode ? (
        <Typography component="span" variant="body2" color="text.secondary">
          {t('sip.undocumentedCode')}
        </Typography>
      ) : null}
    </>
  );
}
