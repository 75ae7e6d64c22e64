import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerKeys } from '../../api/queries';
import { http } from 'msw';
import { problem } from '../../../simulator/errors';
import { renderRoute } from '../../test/render';
import { PREFS_KEY } from './prefs';
import { bodyRows, findTable, rowOf, searchBox, shortNames, table } from './test/page';
import { startServicesSim } from './test/server';

const sim = startServicesSim();

describe('services list states', () => {
  it('shows an empty state that clears the filters', async () => {
    const { user, router } = await renderRoute('/?license=4');
    expect(await screen.findByRole('heading', { name: 'No customers match' })).toBeVisible();
    await user.type(searchBox(), 'zzz');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    expect(searchBox()).toHaveValue('');
    expect(router.state.location.href).toBe('/');
  });

  it('shows the error ticket on a failed load and recovers with Retry', async () => {
    sim.use(http.get('*/api/console/services', () => problem(500), { once: true }));
    const { user } = await renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Couldn't load the services")).toBeVisible();
    expect(within(alert).getByText('Error ticket')).toBeVisible();
    expect(within(alert).getByRole('button', { name: 'Copy error ticket' })).toBeVisible();
    expect(within(alert).getByText('500')).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a skeleton while the list loads', async () => {
    // Held until the skeleton was checked (a fixed pause would depend on how fast this machine renders),
    // then answered by the snapshot handler.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    sim.use(http.get('*/api/console/services', () => held, { once: true }));
    await renderRoute('/');
    expect(screen.getByText('Loading customers…')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Customers' })).toBeNull();
    release();
    await findTable();
    expect(screen.queryByText('Loading customers…')).toBeNull();
  });

  it('keeps the rows when a refresh fails, and says so', async () => {
    const { user } = await renderRoute('/');
    await findTable();
    sim.use(http.get('*/api/console/services', () => problem(500), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/Couldn't refresh the list/)).toBeVisible();
    expect(bodyRows()).toHaveLength(35);
  });

  it('copies a tenant id from its row', async () => {
    const { user } = await renderRoute('/');
    await findTable();
    await user.click(within(rowOf('BradOC')).getByRole('button', { name: 'Copy tenant id of BradOC' }));
    expect(await screen.findByText('Copied tenant id')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe('fcc608c4-095b-4d1a-90e3-2106fc7024de');
  });

  it('asks the server to read the Live Platform on Refresh, and says when the data was read', async () => {
    const { user } = await renderRoute('/');
    await findTable();
    expect(screen.getByText(/^Live Platform read /)).toBeVisible();
    const before = sim.requests.filter((r) => r === 'GET /api/console/services').length;
    sim.store.deleteCustomer('0ad77c8d-c023-4054-ac4e-07d02b4b07a6');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/^Reading the Live Platform now/)).toBeVisible();
    await waitFor(() => expect(screen.getByText('34 customers')).toBeVisible());
    expect(sim.requests).toContain('POST /api/console/refresh');
    expect(sim.requests.filter((r) => r === 'GET /api/console/services').length).toBe(before + 1);
  });

  it('says when to try again when a refresh was asked for moments ago', async () => {
    sim.snapshot.refreshAnswer = { accepted: false, version: 1, retryAfterSeconds: 7 };
    const { user } = await renderRoute('/');
    await findTable();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/A refresh was asked for moments ago .* Try again in 7 seconds\./)).toBeVisible();
  });

  it('opens a customer from the keyboard: one tab stop for the rows, arrows move, Enter opens', async () => {
    const { user, router } = await renderRoute('/?license=3');
    await findTable();
    const rows = bodyRows();
    expect(rows.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    act(() => rows[0]?.focus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows[2]).toHaveFocus();
    expect(rows[2]).toHaveAttribute('tabindex', '0');
    expect(rows[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(rows[7]).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    // Tab from the row goes to its own controls, not to every other row's.
    await user.tab();
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'BrewHavenOC' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers/4ee8be0d-71f7-42b1-8760-f065230a3dd2'));
  });

  it('prefetches the details of the row under the pointer', async () => {
    const { user, queryClient } = await renderRoute('/');
    await findTable();
    await user.hover(within(rowOf('TobiService')).getByRole('link', { name: 'TobiService' }));
    await waitFor(() => expect(sim.requests).toContain('GET /api/v3/customer/6718aed2-6051-4235-9dd5-8ef185092efe'));
    await waitFor(() =>
      expect(queryClient.getQueryState(customerKeys.detail('6718aed2-6051-4235-9dd5-8ef185092efe'))?.status).toBe('success'),
    );
  });

  it('shows and hides columns from the Columns menu and remembers it, density too', async () => {
    const { user, unmount } = await renderRoute('/');
    await findTable();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'GUID' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Full name' }));
    expect(screen.getByRole('menuitemcheckbox', { name: 'Short name' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    expect(within(table()).getByRole('columnheader', { name: 'GUID' })).toBeVisible();
    expect(within(table()).queryByRole('columnheader', { name: 'Full name' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Compact rows' }));
    expect(screen.getByRole('button', { name: 'Compact rows' })).toHaveAttribute('aria-pressed', 'true');
    unmount();

    expect(JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}')).toMatchObject({ density: 'compact' });
    await renderRoute('/');
    await findTable();
    expect(within(table()).getByRole('columnheader', { name: 'GUID' })).toBeVisible();
    expect(within(table()).queryByRole('columnheader', { name: 'Full name' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Compact rows' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('exports the rows shown, filtered and sorted, as a dated CSV file', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    onTestFinished(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    });
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = await renderRoute('/?q=walter&sort=-customerShortName');
    await findTable();
    expect(shortNames()).toEqual(['24124_ess', '24124']);
    // Exported once OVOC health is in, so the Health columns have values.
    await within(rowOf('24124')).findByRole('link', { name: 'OK' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    // The CSV writer is loaded with the first export.
    await waitFor(() => expect(names).toEqual([expect.stringMatching(/^customers-\d{4}-\d{2}-\d{2}\.csv$/)]));
    const text = (await blobs[0]?.text())?.replace(/^\uFEFF/, '');
    expect(text?.split('\r\n')).toEqual([
      'Short name,Full name,License type,License family,Licensed users,Active users,Live Hub active users,Live Hub simple users,Microsoft tenant id,GUID,Health,OVOC services,OVOC matched by',
      '24124_ess,24124 walter essential,Hosted Essentials,Direct Routing,,1,,,c524b5f5-fd18-43c0-964c-bc5d35525eaa,20bcd945-7d2e-4912-97e4-cfe285d7e1e7,OK,1,id',
      '24124,24124 walter pro,Hosted Pro,Direct Routing,20,1,0,5,c524b5f5-fd18-43c0-964c-bc5d35525eaa,0d3e4dd6-ed30-4656-8601-27396a26e594,OK,1,id',
      '',
    ]);
  });

  it('virtualizes a big list: the true size is announced, only a window of rows is in the DOM', async () => {
    sim.reset({ customers: 5000 });
    // jsdom has no layout: give the scroll container a height so the virtualizer has a window.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(5000 * 56 + 44);
    await renderRoute('/');
    await findTable();
    expect(screen.getByText('5,000 customers')).toBeVisible();
    expect(table()).toHaveAttribute('aria-rowcount', '5001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThanOrEqual(100);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');

    // Keyboard still reaches the end: the list scrolls there first, then the row takes focus.
    // (jsdom does not scroll: make scrollTo move scrollTop and report it, as a browser does.)
    const { scrollTo } = Element.prototype;
    onTestFinished(() => {
      Element.prototype.scrollTo = scrollTo;
    });
    Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
      const top = typeof options === 'object' ? (options.top ?? 0) : 0;
      Object.defineProperty(this, 'scrollTop', { value: top, configurable: true });
      this.dispatchEvent(new Event('scroll'));
    };
    act(() => rows[0]?.focus());
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '5001'));
    expect(bodyRows().length).toBeLessThanOrEqual(100);
  });

  it('renders only the rows on screen of a short list too, and typing keeps it that way', async () => {
    // 35 customers in a 300 px box (comfortable rows are 56 px): about 6 on screen, 5 more below.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
    const { user } = await renderRoute('/');
    await findTable();
    expect(table()).toHaveAttribute('aria-rowcount', '36');
    expect(bodyRows().length).toBeLessThan(15);
    expect(screen.getByText('35 customers')).toBeVisible();

    await user.type(searchBox(), 'b');
    await waitFor(() => expect(screen.getByText(/^\d+ of 35 customers$/)).toBeVisible());
    const shown = Number(/^(\d+) of/.exec(screen.getByText(/^\d+ of 35 customers$/).textContent ?? '')?.[1]);
    expect(table()).toHaveAttribute('aria-rowcount', String(shown + 1));
    expect(bodyRows().length).toBe(Math.min(shown, 11));
  });
});
