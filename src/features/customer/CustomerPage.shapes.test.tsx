import { screen, waitFor, within } from '@testing-library/react';
import { INTEGER_STATES_GUID } from '../../../simulator/shapes';
import { renderRoute } from '../../test/render';
import { startSimServer } from '../../test/customer-sim';

const sim = startSimServer();

describe('customer page with real-world shapes', () => {
  it('a SIP connection with integer states and one that cannot be read: the page shows what it can and says what it cannot', async () => {
    sim.store.shapes = new Set(['integer-states']);
    const { user } = await renderRoute(`/customers/${INTEGER_STATES_GUID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Wingtip Toys' })).toBeVisible();

    const table = await screen.findByRole('table', { name: 'SIP connections' });
    const [, main, branch] = within(table).getAllByRole('row') as HTMLElement[];
    expect(within(main as HTMLElement).getByRole('rowheader')).toHaveTextContent('WINGTIPMAIN');
    expect(within(main as HTMLElement).getByTitle('sent as 3; expected a name (no meaning is documented for this number)')).toHaveTextContent(/^3/);
    expect(within(main as HTMLElement).getByTitle('sent as 0; expected a name (no meaning is documented for this number)')).toHaveTextContent(/^0/);
    expect(within(branch as HTMLElement).getByText('Deployed')).toBeVisible();
    expect(within(branch as HTMLElement).getByText('SipTrunk')).toBeVisible();

    const notice = (await screen.findByText('1 SIP connection could not be read')).closest<HTMLElement>('[role="status"]');
    if (!notice) throw new Error('no notice');
    await user.click(within(notice).getByRole('button', { name: 'Show details' }));
    const details = within(notice).getByRole('table', { name: 'What could not be read in the SIP connections' });
    const [, row] = within(details).getAllByRole('row') as HTMLElement[];
    expect(row).toHaveTextContent('[2]the whole row"not a site"');

    // The server log learns the position and the field, never the value.
    await waitFor(() => expect(sim.reports).toEqual([{ call: 'GET /api/v3/customer/{guid}?allDetails=true', rows: [{ index: 2, path: '' }], total: 1 }]));
  });
});
