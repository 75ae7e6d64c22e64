import { screen, within } from '@testing-library/react';
import { activateLocale } from '../../i18n/catalogs';
import { renderRoute } from '../../test/render';
import { INTEGER_STATES_GUID } from '../../../simulator/shapes';
import { DETAILS_EXAMPLE_GUID, freezeDate, startSimServer } from '../../test/customer-sim';

const sim = startSimServer();

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

  it('marks a state sent as an undocumented number in German', async () => {
    await activateLocale('de');
    sim.store.shapes = new Set(['integer-states']);
    await renderRoute(`/customers/${INTEGER_STATES_GUID}`);
    const table = await screen.findByRole('table', { name: 'SIP-Verbindungen' });
    const [, main] = within(table).getAllByRole('row') as HTMLElement[];
    expect(within(main as HTMLElement).getByTitle('gesendet als 3; erwartet wurde ein Name (für diese Zahl ist keine Bedeutung dokumentiert)')).toHaveTextContent(/^3/);
  });
});
