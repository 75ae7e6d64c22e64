/**
 * The Health column's cell and header hint. Plain elements (no MUI component per row, see
 * table-columns.tsx): an icon + the status text (never colour alone), "×n" when several OVOC
 * services matched (the worst one is shown), and a "by name" marker when the match is only by
 * short name. The link opens the Health page filtered to that service; its clicks go through the
 * body's delegated listener (HEALTH_QUERY_ATTR).
 *
 * The OVOC state reaches the cells through context, so the rows (memoized) are not re-created when
 * OVOC answers: only these cells re-render.
 */
import { createContext, useContext } from 'react';
import type { ConsoleServiceRow } from '../../../api/schemas/console-snapshot';
import type { Severity } from '../../../domain/statuses';
import { healthHref, healthLabel, healthOf, healthQueryOf, healthSeverity, type HealthState } from '../ovoc-health';
import { useCellTabIndex } from './cell-context';
import { formatExactTime } from '../../../i18n/format';
import { t } from '../messages';

export const HealthStateContext = createContext<HealthState>({ status: 'loading' });

/** The Health page search a link opens with; read by the table body's click listener. */
export const HEALTH_QUERY_ATTR = 'data-health-q';

type IconName = Severity | 'loading';

/** Material icon paths (CheckCircle, Error, WarningAmber, VisibilityOff, HelpOutline, HourglassEmpty; outlined). */
const ICONS: Record<IconName, string> = {
  ok:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8m4.59-12.42L10 14.17l-2.59-2.58L6 13l4 4 8-8z',
  error:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m1 15h-2v-2h2zm0-4h-2V7h2z',
  warning:
    'M12 5.99 19.53 19H4.47zM12 2 1 21h22zm1 14h-2v2h2zm0-6h-2v4h2z',
  unmonitored:
    'M12 6c3.79 0 7.17 2.13 8.82 5.5-.59 1.22-1.42 2.27-2.41 3.12l1.41 1.41c1.39-1.23 2.49-2.77 3.18-4.53C21.27 7.11 17 4 12 4c-1.27 0-2.49.2-3.64.57l1.65 1.65C10.66 6.09 11.32 6 12 6m-1.07 1.14L13 9.21c.57.25 1.03.71 1.28 1.28l2.07 2.07c.08-.34.14-.7.14-1.07C16.5 9.01 14.48 7 12 7c-.37 0-.72.05-1.07.14M2.01 3.87l2.68 2.68C3.06 7.83 1.77 9.53 1 11.5 2.73 15.89 7 19 12 19c1.52 0 2.98-.29 4.32-.82l3.42 3.42 1.41-1.41L3.42 2.45zm7.5 7.5 2.61 2.61c-.04.01-.08.02-.12.02-1.38 0-2.5-1.12-2.5-2.5 0-.05.01-.08.01-.13m-3.4-3.4 1.75 1.75c-.23.55-.36 1.15-.36 1.78 0 2.48 2.02 4.5 4.5 4.5.63 0 1.23-.13 1.77-.36l.98.98c-.88.24-1.8.38-2.75.38-3.79 0-7.17-2.13-8.82-5.5.7-1.43 1.72-2.61 2.93-3.53',
  unknown:
    'M11 18h2v-2h-2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8m0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4',
  loading:
    'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2zm10 14.5V20H8v-3.5l4-4zm-4-5-4-4V4h8v3.5z',
};

function Icon({ name }: { name: IconName }) {
  return (
    <svg className="lpc-health-icon" data-severity={name} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} />
    </svg>
  );
}

export const byNameHint = () => t('services.health.byNameHint');

export function HealthCell({ row }: { row: { original: ConsoleServiceRow } }) {
  const state = useContext(HealthStateContext);
  const tabIndex = useCellTabIndex();
  if (state.status === 'loading') return <span className="lpc-muted">{t('services.health.loading')}</span>;
  const health = healthOf(row.original);
  if (health.count === 0) return <span className="lpc-muted">{t('services.health.noOvoc')}</span>;

  const label = healthLabel(health.key);
  const byName = health.matchedBy === 'name';
  const details = [
    health.count > 1 ? t('services.health.worstOf', { count: health.count }) : null,
    byName ? t('services.health.matchedByName') : null,
  ].filter((detail): detail is string => detail !== null);
  const name = [label, ...details].join(', ');
  const since = health.since
    ? `; ${t(health.since.atLeast ? 'services.health.sinceAtLeast' : 'services.health.since', { label, time: formatExactTime(new Date(health.since.at)) })}`
    : '';
  const content = (
    <>
      <Icon name={healthSeverity(health.key)} />
      <span className="lpc-health-label">{label}</span>
      {health.count > 1 ? <span className="lpc-health-count">×{health.count}</span> : null}
      {byName ? (
        <span className="lpc-health-by-name" title={byNameHint()}>
          {t('services.health.byName')}
        </span>
      ) : null}
    </>
  );
  const query = healthQueryOf(health, row.original);
  if (query === '') {
    return (
      <span className="lpc-health" role="img" aria-label={name}>
        {content}
      </span>
    );
  }
  return (
    <a
      className="lpc-health"
      href={healthHref(query)}
      tabIndex={tabIndex}
      aria-label={name}
      title={t('services.health.open', { name, since, query })}
      {...{ [HEALTH_QUERY_ATTR]: query }}
    >
      {content}
    </a>
  );
}

/** Next to the Health header while the column has no statuses yet. */
export function HealthHeaderHint() {
  const state = useContext(HealthStateContext);
  if (state.status === 'ready') return null;
  const text = t('services.health.loadingOvoc');
  return (
    <span className="lpc-th-hint" role="img" aria-label={text} title={text}>
      <Icon name="loading" />
    </span>
  );
}
