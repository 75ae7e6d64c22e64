import { render, screen } from '@testing-library/react';
import { elementsCountSchema } from '../../api/schemas';
import { activateLocale } from '../../i18n/catalogs';
import { formatDefinedAt, formatElements } from './format';
import { HealthToolbar } from './HealthToolbar';

const noop = () => {};

describe('the Health page in German', () => {
  // src/test/setup.ts goes back to English after each test.
  beforeEach(() => activateLocale('de'));

  it('shows the toolbar in German', () => {
    render(
      <HealthToolbar
        q=""
        onQueryChange={noop}
        licenseOptions={[]}
        license={[]}
        onLicenseChange={noop}
        sourceOptions={[]}
        source={[]}
        onSourceChange={noop}
        filtersActive
        onClearFilters={noop}
        view="all"
        onViewChange={noop}
        live={false}
        onLiveChange={noop}
        streaming={false}
        onRefresh={noop}
        refreshing={false}
        meta={null}
        updatedAt={0}
      />,
    );
    expect(screen.getByRole('button', { name: 'Alle Dienste' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In den letzten 24 Stunden geändert' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveAttribute('placeholder', 'Name, ID, Kunde oder Mandanten-ID');
    expect(screen.getByText(/pausiert/)).toBeInTheDocument();
  });

  it('writes counts and dates the German way', () => {
    expect(formatElements(elementsCountSchema.parse({ sites: 1, links: 0, devices: 2 }))).toBe('1 Standort · 0 Verbindungen · 2 Geräte');
    expect(formatDefinedAt(Date.UTC(2023, 2, 15, 10, 37), Date.UTC(2026, 2, 15))).toMatchObject({ date: '15. März 2023', relative: 'vor 3 Jahren' });
  });
});
