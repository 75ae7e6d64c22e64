import { act, screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { bodyRows, columnTexts, findTable, licenseSelect, rowOf, searchBox, shortNames, table } from './test/page';
import { startServicesSim } from './test/server';

startServicesSim();

/** The address as a person reads it (the router may percent-encode the commas of a list). */
const href = (router: { state: { location: { href: string } } }) => decodeURIComponent(router.state.location.href);

describe('services list', () => {
  it('shows every documented customer, with license names, families and missing values as dashes', async () => {
    await renderRoute('/');
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    expect(table()).toHaveAttribute('aria-rowcount', '36');
    expect(screen.getByText('35 customers')).toBeVisible();

    // OVOC health arrives on its own; wait for it so the row is complete.
    await within(rowOf('royDY')).findByRole('link', { name: 'Error, matched by name' });
    const cells = within(rowOf('royDY')).getAllByRole('cell').map((cell) => cell.textContent);
    // Short name, full name, license + family, licensed (null), active (0), Live Hub x2 (null), health, tenant (null).
    expect(cells).toEqual(['royDY', 'royDR', 'Hosted EssentialsDirect Routing', '—', '0', '—', '—', 'Errorby name', '—']);
    const pro = within(rowOf('24124')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(pro.slice(2, 7)).toEqual(['Hosted ProDirect Routing', '20', '1', '0', '5']);
    expect(within(rowOf('AudioCodesUS')).getByText('Operator Connect')).toBeVisible();
    expect(within(rowOf('AudioCodesUS')).getByRole('button', { name: 'Copy tenant id of AudioCodesUS' })).toBeInTheDocument();
    expect(rowOf('BB175Plus').querySelector('code')).toHaveTextContent('7e24d47c-eb72-439a-84e4-aea1bdb1eed9');
    // The GUID column is hidden by default.
    expect(within(table()).queryByRole('columnheader', { name: 'GUID' })).toBeNull();
    expect(within(rowOf('royDY')).getByRole('link', { name: 'royDY' })).toHaveAttribute('href', '/customers/0ad77c8d-c023-4054-ac4e-07d02b4b07a6');
  });

  it('filters by license type with counts per type, and by family in one click', async () => {
    const { user, router } = await renderRoute('/');
    await findTable();
    await user.click(licenseSelect());
    await screen.findByRole('listbox'); // the Select is loaded on first use
    const listbox = screen.getByRole('listbox');
    const options = within(listbox).getAllByRole('option').map((option) => option.getAttribute('aria-label'));
    expect(options).toEqual([
      'Hosted Essentials (11)', 'Hosted Essentials Plus (5)', 'Hosted Pro (11)',
      'OC Essentials (8)', 'OC Essentials Plus (0)', 'OC Pro (0)',
    ]);
    await user.click(within(listbox).getByRole('option', { name: 'Hosted Essentials Plus (5)' }));
    await user.keyboard('{Escape}');

    expect(shortNames()).toEqual(['BB175Plus', 'jfsdr', 'BB84EssPlus', 'BBSuperPlus', 'AlbertodemoDR']);
    expect(screen.getByText('5 of 35 customers')).toBeVisible();
    expect(href(router)).toBe('/?license=1');

    await user.click(screen.getByRole('button', { name: /Operator Connect/ }));
    expect(bodyRows()).toHaveLength(8);
    expect(new Set(columnTexts(2))).toEqual(new Set(['OC EssentialsOperator Connect']));
    expect(screen.getByRole('button', { name: /Operator Connect/ })).toHaveAttribute('aria-pressed', 'true');
    expect(href(router)).toBe('/?license=3,4,5');

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(bodyRows()).toHaveLength(35);
    expect(href(router)).toBe('/');
  });

  it('searches names, tenant ids and guids without case, counting license types under the search', async () => {
    const { user, router } = await renderRoute('/');
    await findTable();
    const entries = router.history.length;
    await user.type(searchBox(), 'WALTER');
    await waitFor(() => expect(shortNames()).toEqual(['24124', '24124_ess']));
    expect(screen.getByText('2 of 35 customers')).toBeVisible();
    // The URL follows after a pause, replacing the entry rather than adding one per letter.
    await waitFor(() => expect(router.state.location.search.q).toBe('WALTER'));
    expect(router.history.length).toBe(entries);

    await user.click(licenseSelect());
    await screen.findByRole('listbox'); // the Select is loaded on first use
    expect(screen.getByRole('option', { name: 'Hosted Essentials (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Hosted Pro (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'OC Essentials (0)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.clear(searchBox());
    await user.type(searchBox(), 'd1382f6b');
    await waitFor(() => expect(shortNames()).toEqual(['AudioCodesUS']));
    await user.clear(searchBox());
    await user.type(searchBox(), '0AD77C8D-C023');
    await waitFor(() => expect(shortNames()).toEqual(['royDY']));
  });

  it('sorts by a column in both directions with missing values last, and marks the header', async () => {
    const { user, router } = await renderRoute('/');
    await findTable();
    const header = () => screen.getByRole('columnheader', { name: 'Licensed users' });
    expect(header()).not.toHaveAttribute('aria-sort');

    await user.click(within(header()).getByRole('button', { name: 'Licensed users' }));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    let licensed = columnTexts(3);
    expect(licensed.slice(0, 3)).toEqual(['10', '10', '15']);
    expect(licensed.slice(16)).toEqual(Array(19).fill('—'));
    expect(href(router)).toBe('/?sort=licensedUsersCount');

    await user.click(within(header()).getByRole('button', { name: 'Licensed users' }));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    licensed = columnTexts(3);
    expect(licensed.slice(0, 2)).toEqual(['100', '100']);
    expect(licensed.slice(16)).toEqual(Array(19).fill('—'));
    expect(href(router)).toBe('/?sort=-licensedUsersCount');

    await user.click(within(header()).getByRole('button', { name: 'Licensed users' }));
    expect(header()).not.toHaveAttribute('aria-sort');
    expect(shortNames()[0]).toBe('royDY');
  });

  it('restores the whole view from a pasted link', async () => {
    await renderRoute('/?q=bb&license=2&sort=-customerShortName');
    await findTable();
    expect(searchBox()).toHaveValue('bb');
    expect(shortNames()).toEqual(['BBTokenTest', 'BBTest2', 'BBSuperPro745', 'BB175Pro', 'audcdk']);
    expect(screen.getByRole('columnheader', { name: 'Short name' })).toHaveAttribute('aria-sort', 'descending');
    expect(licenseSelect()).toHaveTextContent('Hosted Pro');
  });

  it('falls back to the default view for malformed parameters', async () => {
    await renderRoute('/?license=%5Bnope&sort=drop%20table&q=%7B%22a%22%3A1%7D&license=99');
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    expect(searchBox()).toHaveValue('');
  });

  it('goes back and forward through filter and sort changes, search box included', async () => {
    const { user, router } = await renderRoute('/');
    await findTable();
    await user.click(screen.getByRole('button', { name: /Direct Routing/ }));
    expect(href(router)).toBe('/?license=0,1,2');
    await user.type(searchBox(), 'bb');
    await waitFor(() => expect(href(router)).toBe('/?license=0,1,2&q=bb'));
    await user.click(screen.getByRole('button', { name: 'Full name' }));
    expect(href(router)).toBe('/?license=0,1,2&q=bb&sort=customerFullName');

    await act(() => router.history.back());
    await waitFor(() => expect(href(router)).toBe('/?license=0,1,2&q=bb'));
    expect(screen.getByRole('columnheader', { name: 'Full name' })).not.toHaveAttribute('aria-sort');
    expect(searchBox()).toHaveValue('bb');
    // Typing replaced the filter's entry instead of adding its own, so one more step goes home.
    await act(() => router.history.back());
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    expect(href(router)).toBe('/');
    expect(bodyRows()).toHaveLength(35);
    expect(screen.getByRole('button', { name: /Direct Routing/ })).toHaveAttribute('aria-pressed', 'false');
    await act(() => router.history.forward());
    await waitFor(() => expect(searchBox()).toHaveValue('bb'));
    expect(screen.getByRole('button', { name: /Direct Routing/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
