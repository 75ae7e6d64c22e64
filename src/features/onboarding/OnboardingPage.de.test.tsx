import { screen, waitFor } from '@testing-library/react';
import { activateLocale } from '../../i18n/catalogs';
import { renderRoute } from '../../test/render';
import { field, fill, startSim } from '../../test/onboarding-helpers';

const sim = startSim();

describe('new Essentials customer wizard in German', () => {
  it('shows its steps, fields and validation messages in German', async () => {
    await activateLocale('de');
    const { user } = await renderRoute('/customers/new');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kunde' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Neuer Essentials-Kunde' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'SIP-Verbindung, nicht abgeschlossen' })).toBeDisabled();

    await fill(user, 'Kurzname', 'a.b');
    await fill(user, 'Microsoft-Mandanten-ID', 'nicht-eine-guid');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await waitFor(() =>
      expect(field('Microsoft-Mandanten-ID')).toHaveAccessibleDescription('Geben Sie die Mandanten-ID als GUID ein, z. B. 4bf50a33-a383-4d3f-9403-220c898bc1b2'),
    );
    expect(field('Kurzname')).toHaveAccessibleDescription('Der Kurzname darf keinen Punkt (.) enthalten');
    expect(screen.getByText('Wählen Sie den OVOC-Kundentyp')).toBeVisible();
    expect(sim.posts()).toEqual([]);
  });
});
