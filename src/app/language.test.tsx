import { screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../test/render';
import { findTable } from '../features/services/test/page';
import { startServicesSim } from '../features/services/test/server';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';

startServicesSim();

describe('language switch', () => {
  it('puts the shell and the services page in German, remembers it and sets <html lang>', async () => {
    const { user } = await renderRoute('/');
    await findTable();
    expect(screen.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    expect(screen.getByText('35 customers')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Deutsch' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dienste' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sprache: Deutsch' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Hauptmenü' });
    expect(within(nav).getByRole('link', { name: 'Dienste' })).toBeVisible();
    expect(within(nav).getByRole('link', { name: 'Zustand' })).toBeVisible();
    expect(await screen.findByRole('table', { name: 'Kunden' })).toBeVisible();
    expect(screen.getByText('35 Kunden')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeVisible();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
    await waitFor(() => expect(document.title).toBe('Dienste · Live Platform Console'));

  });
});
