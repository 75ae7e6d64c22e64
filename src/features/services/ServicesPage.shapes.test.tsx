import { screen, waitFor, within } from '@testing-library/react';
import { SHAPES } from '../../../simulator/shapes';
import { consoleHandlers } from '../../test/console-snapshot';
import { renderRoute } from '../../test/render';
import { bodyRows, findTable, searchBox, shortNames } from './test/page';
import { startServicesSim } from './test/server';

const sim = startServicesSim();

describe('services list with real-world shapes', () => {
  it('lists OC leads, an unknown license and a camelCase row, and says which rows could not be read', async () => {
    sim.store.shapes = new Set(SHAPES);
    const { user } = await renderRoute('/');
    await findTable();
    // The server reads the list row by row and keeps the rows it left out: each is shown on request.
    const notice = (await screen.findByText('4 rows could not be read')).closest<HTMLElement>('[role="status"]');
    if (!notice) throw new Error('no notice');
    await user.click(within(notice).getByRole('button', { name: 'Show details' }));
    const details = within(notice).getByRole('table', { name: 'What could not be read in the customer list' });
    const first = sim.store.listCustomers().length + 5;
    expect(within(details).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      `[${first}]the whole rownull`,
      `[${first + 1}]the whole row"not a row"`,
      `[${first + 2}]UmpCustomerGuid42`,
      `[${first + 3}]CustomerShortName{"nested":"ContosoNested"}`,
    ]);

    // Leads: listed and searchable, labelled, no link to a details page that does not exist.
    await user.type(searchBox(), 'Northwind');
    await waitFor(() => expect(shortNames()).toEqual(['NorthwindLeadlead, no license yet', 'NorthwindLeadlead, no license yet']));
    for (const row of bodyRows()) {
      expect(within(row).getByText('lead, no license yet')).toBeVisible();
      expect(within(row).queryByRole('link')).toBeNull();
    }

    await user.clear(searchBox());
    await user.type(searchBox(), 'TailspinCamel');
    await waitFor(() => expect(shortNames()).toEqual(['TailspinCamel']));
    expect(bodyRows()[0]).toHaveTextContent('Tailspin Toys');
    expect(within(bodyRows()[0] as HTMLElement).getByRole('link', { name: 'TailspinCamel' })).toBeVisible();

    await user.clear(searchBox());
    await user.type(searchBox(), 'FabrikamNext');
    await waitFor(() => expect(shortNames()).toEqual(['FabrikamNext']));
    // An unknown license code is shown as it came.
    expect(bodyRows()[0]).toHaveTextContent('7');
  });

  it('a field that does not fit is shown as it came, marked, and its row works', async () => {
    // The mirror reads this vendor row; the snapshot serves it with its unfit fields as sent.
    const odd = { UmpCustomerGuid: '00000000-0000-4000-8000-000000000001', CustomerShortName: 'Odd', CustomerFullName: 0, LicenseType: 'Pro', ActiveUserCount: 3 };
    sim.use(...consoleHandlers({ customers: () => [odd], services: () => ({ services: sim.store.listOvocServices() }), state: () => sim.snapshot }));
    await renderRoute('/');
    await findTable();
    const [row] = bodyRows();
    expect(within(row as HTMLElement).getByTitle('sent as 0; expected text')).toHaveTextContent(/^0/);
    expect(within(row as HTMLElement).getByTitle('sent as "Pro"; expected a number')).toHaveTextContent(/^Pro/);
    expect(within(row as HTMLElement).getByRole('link', { name: 'Odd' })).toBeVisible();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });
});
