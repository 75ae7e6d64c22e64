/**
 * OVOC health filter: a multi-select of the health keys (the four documented statuses, "No OVOC
 * service", and any other status OVOC sent), each with how many customers it would show under the
 * search and license filter. Disabled until OVOC health is known: options without counts would
 * promise a filter that cannot be applied yet.
 */
import { healthLabel, normalizeHealth, type HealthOption } from '../ovoc-health';
import { FilterSelect } from './FilterSelect';
import { t } from '../messages';

export interface HealthFilterProps {
  selected: readonly string[];
  /** null while OVOC health is loading or unavailable. */
  options: readonly HealthOption[] | null;
  onChange: (keys: string[]) => void;
}

const LABEL_ID = 'services-health-filter-label';

export function HealthFilter({ selected, options, onChange }: HealthFilterProps) {
  const handleChange = (value: string[] | string) => {
    // Browser autofill can hand over a comma-separated string.
    onChange(normalizeHealth(typeof value === 'string' ? value.split(',') : value));
  };

  return (
    <FilterSelect<string>
      labelId={LABEL_ID}
      label={t('services.filter.health')}
      width={200}
      disabled={options === null}
      value={[...selected]}
      onChange={handleChange}
      renderValue={(keys) => (keys.length === 0 ? t('services.filter.all') : keys.map(healthLabel).join(', '))}
      options={(options ?? []).map((option) => ({ value: option.key, label: option.label, count: option.count }))}
    />
  );
}
