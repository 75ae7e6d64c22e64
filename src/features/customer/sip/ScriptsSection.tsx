/**
 * The onboarding and cleanup scripts by name (from the script templates) with their ids, and the customer
 * variables. A secret-like variable only ever shows "set" or "not set": its value never reaches the browser.
 */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CustomerVariable, ScriptPair } from '../../../api/schemas';
import { Nullable } from '../../../components/Nullable';
import { Fact, FactList, Section } from '../Section';
import { t } from '../messages';
import { flag } from './OverviewSection';

export type ScriptNames = { state: 'ready'; names: ReadonlyMap<number, string> } | { state: 'loading' } | { state: 'failed'; reason: string };

function ScriptName({ id, names }: { id: number | null; names: ScriptNames }) {
  if (id === null) return <Nullable value={null} />;
  const name = names.state === 'ready' ? names.names.get(id) : undefined;
  if (name) return <span>{t('sip.scripts.named', { name, id })}</span>;
  const why =
    names.state === 'loading'
      ? t('sip.scripts.loadingName')
      : names.state === 'failed'
        ? t('sip.scripts.nameUnavailable')
        : t('sip.scripts.notInTemplates');
  return (
    <span>
      {t('sip.scripts.id', { id })}{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        ({why})
      </Typography>
    </span>
  );
}

function VariableValue({ variable }: { variable: CustomerVariable }) {
  if (variable.value.kind === 'secret') return <span>{variable.value.set ? t('sip.variables.set') : t('sip.variables.notSet')}</span>;
  return <Nullable value={variable.value.text} />;
}

function VariablesTable({ variables, label }: { variables: CustomerVariable[] | null; label: string }) {
  if (!variables || variables.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('sip.variables.none')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('sip.variables.name')}</TableCell>
          <TableCell scope="col">{t('sip.variables.value')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {variables.map((variable, index) => (
          <TableRow key={`${variable.name}-${index}`}>
            <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
              {variable.name}
            </TableCell>
            <TableCell>
              <VariableValue variable={variable} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ScriptsSection({ title, scripts, names, m365 = false }: { title: string; scripts: ScriptPair | null; names: ScriptNames; m365?: boolean }) {
  return (
    <Section title={title}>
      <FactList>
        {m365 ? (
          <Fact label={t('sip.scripts.configureM365Routing')}>
            <Nullable value={flag(scripts?.flagConfigureM365Routing)} />
          </Fact>
        ) : null}
        <Fact label={t('sip.scripts.onboarding')}>
          <ScriptName id={scripts?.onboardingScript ?? null} names={names} />
        </Fact>
        <Fact label={t('sip.scripts.cleanup')}>
          <ScriptName id={scripts?.cleanupScript ?? null} names={names} />
        </Fact>
      </FactList>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
        {t('sip.variables.title')}
      </Typography>
      <VariablesTable variables={scripts?.customerVariables ?? null} label={t('sip.variables.label', { title })} />
    </Section>
  );
}

export function PendingTasksSection({ tasks }: { tasks: unknown[] | null }) {
  return (
    <Section title={t('sip.pendingTasks.title')}>
      {tasks === null ? (
        <Nullable value={null} />
      ) : tasks.length === 0 ? (
        <Typography variant="body2">{t('sip.pendingTasks.none')}</Typography>
      ) : (
        <ul>
          {tasks.map((task, index) => (
            // The element shape is not documented: each task is shown as the text it came as.
            <li key={index}>
              <code>{typeof task === 'string' ? task : JSON.stringify(task)}</code>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
