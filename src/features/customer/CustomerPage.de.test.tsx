import { screen, within } from '@testing-library/react';
import { activateLocale } from '../../i18n/catalogs';
import { renderRoute } from '../../test/render';
import { DETAILS_EXAMPLE_GUID, freezeDate, startSimServer } from '../../test/customer-sim';

startSimServer();

afterEach(async () => {
  vi.useRealTimers();
  await activateLocale('en');
});

function factValue(container: HTMLElement, label: string): HTMLElement {
  const value = within(container).getByText(label, { selector: 'dt' }).nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

describe('customer details in German', () => {
  it('shows the sections, facts, counts and the secret’s expiry in German', async () => {
    await activateLocale('de');
    freezeDate('2027-02-01T12:00:00Z');
    await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`);
    await screen.findByRole('heading', { level: 1, name: 'BradOCDev1' });

    expect(screen.getByRole('button', { name: 'Dienst löschen' })).toBeInTheDocument();
    const licensing = screen.getByRole('region', { name: 'Lizenzierung' });
    expect(factValue(licensing, 'Aktive Benutzer')).toHaveTextContent('0 von 20 (0 %)');
    const expiry = factValue(screen.getByRole('region', { name: 'App-Registrierung' }), 'Schlüssel läuft ab');
    expect(within(expiry).getByRole('status')).toHaveTextContent('Warnung: Läuft in 17 Tagen ab. Erneuern Sie den geheimen Clientschlüssel bald.');
    const table = screen.getByRole('table', { name: 'SIP-Verbindungen' });
    expect(within(table).getByRole('columnheader', { name: 'Bereitstellungsstatus' })).toBeVisible();
    expect(within(screen.getByRole('region', { name: 'SIP-Verbindungen' })).getByText('4 Verbindungen')).toBeVisible();
  });
});
