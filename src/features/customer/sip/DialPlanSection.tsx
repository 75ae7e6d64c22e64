/** The connection's dial plan, read only: one of the documented plans, searchable by rule name, prefix or tag. */
import { useDeferredValue, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/http';
import { DIAL_PLAN_NAMES, type DialPlanRule } from '../../../api/schemas';
import { siteQueries } from '../../../api/sip-queries';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { Nullable } from '../../../components/Nullable';
import { Section } from '../Section';
import { t } from '../messages';

export interface DialPlanSectionProps {
  customerId: string;
  siteId: string;
  plan: (typeof DIAL_PLAN_NAMES)[number];
  onPlanChange: (plan: (typeof DIAL_PLAN_NAMES)[number]) => void;
}

export function matchesRule(rule: DialPlanRule, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return true;
  return [rule.name, rule.prefix, rule.tag].some((value) => value?.toLowerCase().includes(needle));
}

function RulesTable({ rules }: { rules: DialPlanRule[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label={t('sip.rules.label')}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('sip.rules.name')}</TableCell>
            <TableCell scope="col">{t('sip.rules.prefix')}</TableCell>
            <TableCell scope="col">{t('sip.rules.tag')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rules.map((rule, index) => (
            <TableRow key={`${rule.name ?? ''}-${rule.prefix ?? ''}-${index}`}>
              <TableCell component="th" scope="row">
                <Nullable value={rule.name} />
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>
                <Nullable value={rule.prefix} />
              </TableCell>
              <TableCell>
                <Nullable value={rule.tag} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function DialPlanSection({ customerId, siteId, plan, onPlanChange }: DialPlanSectionProps) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const query = useQuery(siteQueries.dialPlan(customerId, siteId, plan));
  const rules = query.data?.ruleDTO ?? [];
  const shown = rules.filter((rule) => matchesRule(rule, deferred));
  const unreadable = query.data?.$unreadable?.ruleDTO?.length ?? 0;

  let body;
  if (query.isError) {
    body =
      isApiError(query.error) && query.error.status === 404 ? (
        <Typography variant="body2">{t('sip.dialPlan.notFound', { plan })}</Typography>
      ) : (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      );
  } else if (!query.data) {
    body = <Typography role="status" variant="body2">{t('sip.dialPlan.loading')}</Typography>;
  } else {
    body = (
      <>
        <Typography role="status" variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {deferred.trim() === '' ? t('sip.dialPlan.rules', { count: rules.length }) : t('sip.dialPlan.rulesMatch', { shown: shown.length, total: rules.length })}
          {unreadable > 0 ? t('sip.dialPlan.unreadable', { count: unreadable }) : ''}
        </Typography>
        {shown.length > 0 ? <RulesTable rules={shown} /> : null}
      </>
    );
  }

  return (
    <Section title={t('sip.dialPlan.title')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          label={t('sip.dialPlan.plan')}
          value={plan}
          onChange={(event) => {
            const chosen = DIAL_PLAN_NAMES.find((name) => name === event.target.value);
            if (chosen) onPlanChange(chosen);
          }}
          sx={{ minWidth: 200 }}
          size="small"
        >
          {DIAL_PLAN_NAMES.map((name) => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('sip.dialPlan.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          size="small"
          helperText={t('sip.dialPlan.searchHint')}
          sx={{ flex: 1 }}
        />
      </Stack>
      {body}
    </Section>
  );
}
