/** The verify check: walks the whole chain on the server and says whether it is intact, or where it breaks. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { useQuery } from '@tanstack/react-query';
import { auditQueries } from '../../api/audit-queries';
import type { VerifyResult } from '../../api/schemas/audit';
import { ErrorPanel } from '../../components/ErrorPanel';
import { t } from './messages';

function resultText(result: VerifyResult): string {
  if (result.ok) return t('audit.verify.intact', { checked: result.checked });
  // The entry's number as the trail writes it (#1234), not as a count.
  const problem = t(`audit.verify.problem.${result.problem}`);
  return t('audit.verify.tampered', { seq: String(result.firstBadSeq), problem, checked: result.checked });
}

export function VerifyCheck() {
  // Only on request: it reads every entry.
  const verify = useQuery({ ...auditQueries.verify(), enabled: false });
  return (
    <Box component="section" aria-label={t('audit.verify.label')} sx={{ mb: 3 }}>
      <Button variant="outlined" startIcon={<VerifiedOutlined />} onClick={() => void verify.refetch()} loading={verify.isFetching}>
        {t('audit.verify.button')}
      </Button>
      <Box role="status" sx={{ mt: verify.data || verify.error ? 1.5 : 0 }}>
        {verify.isFetching ? null : verify.error ? (
          <ErrorPanel error={verify.error} onRetry={() => void verify.refetch()} />
        ) : verify.data ? (
          <Alert severity={verify.data.ok ? 'success' : 'error'}>{resultText(verify.data)}</Alert>
        ) : null}
      </Box>
    </Box>
  );
}
