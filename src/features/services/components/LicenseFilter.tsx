/**
 * License-type filter: a multi-select of the six UMP license types, each with how many customers
 * of that type match the current search, plus one-click family groups (Direct Routing /
 * Operator Connect).
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { LICENSE_FAMILIES, LICENSE_TYPES, licenseTypeName, type LicenseFamily } from '../../../domain/license-types';
import { familyCodes, isFamilySelected, normalizeLicense, selectFamily } from '../filter';
import { formatCount } from '../summary';
import { FilterSelect } from './FilterSelect';
import { t } from '../messages';

export interface LicenseFilterProps {
  selected: readonly number[];
  counts: ReadonlyMap<number, number>;
  onChange: (codes: number[]) => void;
}

const LABEL_ID = 'services-license-filter-label';

function familyCount(counts: ReadonlyMap<number, number>, family: LicenseFamily): number {
  return familyCodes(family).reduce((sum, code) => sum + (counts.get(code) ?? 0), 0);
}

export function LicenseFilter({ selected, counts, onChange }: LicenseFilterProps) {
  const handleChange = (value: number[] | string) => {
    // Browser autofill can hand over a comma-separated string.
    const codes = typeof value === 'string' ? value.split(',').map(Number) : value;
    onChange(normalizeLicense(codes.filter(Number.isInteger)));
  };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <FilterSelect<number>
        labelId={LABEL_ID}
        label={t('services.filter.license')}
        width={240}
        value={[...selected]}
        onChange={handleChange}
        renderValue={(codes) => (codes.length === 0 ? t('services.filter.all') : codes.map((code) => licenseTypeName(code)).join(', '))}
        options={LICENSE_TYPES.map((type) => ({ value: type.code, label: type.name, secondary: type.family, count: counts.get(type.code) ?? 0 }))}
      />
      <Box role="group" aria-label={t('services.filter.licenseFamily')} sx={{ display: 'flex', gap: 1 }}>
        {LICENSE_FAMILIES.map((family) => {
          const pressed = isFamilySelected(selected, family);
          return (
            // Outlined and contained buttons have the same size: pressing one does not move the toolbar.
            <Button
              key={family}
              variant={pressed ? 'contained' : 'outlined'}
              aria-pressed={pressed}
              onClick={() => onChange(selectFamily(selected, family))}
              sx={{ textTransform: 'none', gap: 1 }}
            >
              {family}
              {/* Room for "99,999" from the first paint: the count arriving must not widen the button and re-wrap the toolbar. */}
              {/* In the button's own colour, lighter only in weight: a faded count fails the contrast check. */}
              <Box component="span" sx={{ fontWeight: 'fontWeightRegular', fontVariantNumeric: 'tabular-nums', minWidth: '5.5ch', textAlign: 'end' }}>
                {formatCount(familyCount(counts, family))}
              </Box>
            </Button>
          );
        })}
      </Box>
    </Box>
  );
}
