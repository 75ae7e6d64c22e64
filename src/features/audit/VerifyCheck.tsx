/** The verify check: walks the whole chain on the server and says whether it is intact, or where it breaks. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { useQuery } from '@tanstack/react-query';
import { auditQueries } from '../../api/audit-queries';
import type { VerifyResult } from '../../api/schemas/audit';
import { ErrorPanel } from '../../components/ErrorPanel';

const PROBLEMS = { altered: 'was altered', removed: 'was removed', inserted: 'was slipped in' } as const;

function resultText(result: VerifyResult): string {
  const entries = `${result.checked} ${result.checked === 1 ? 'entry' : 'entries'}`;
  if (result.ok) return `The trail is intact: ${entries} checked, each linked to the one before.`;
  return `The trail has been tampered with: entry ${result.firstBadSeq} ${PROBLEMS[result.problem]}. ${entries} before it ${result.checked === 1 ? 'is' : 'are'} intact.`;
}

export function VerifyCheck() {
  // Only on request: it reads every entry.
  const verify = useQuery({ ...auditQueries.verify(), enabled: false });
  return (
    <Box component="section" aria-label="Verify the trail" sx={{ mb: 3 }}>
      <Button variant="outlined" startIcon={<VerifiedOutlined />} onClick={() => void verify.refetch()} loading={verify.isFetching}>
        Verify the trail
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
