import { act, screen, waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { ROW_HEIGHT } from './components/table-styles';
import { bodyRows, findTable, table } from './test/page';
import { startServicesSim } from './test/server';

const sim = startServicesSim();

const CUSTOMERS = 500;
const ROW = ROW_HEIGHT.comfortable;

/**
 * jsdom has no layout and no scrolling. Give elements a viewport and let scrollTop hold what is
 * written to it (as a browser does), per element. Scroll events are only fired where the test
 * scrolls, like a person would: restoring must not depend on one.
 */
function fakeScrolling() {
  const tops = new WeakMap<Element, number>();
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop');
  Object.defineProperty(Element.prototype, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return tops.get(this) ?? 0;
    },
    set(this: Element, value: number) {
      tops.set(this, value);
    },
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(CUSTOMERS * ROW + 48);
  onTestFinished(() => {
    if (original) Object.defineProperty(Element.prototype, 'scrollTop', original);
  });
}

const scroller = () => table().closest<HTMLElement>('[data-scroll-restoration-id]');
const firstRowIndex = () => Number(bodyRows()[0]?.getAttribute('aria-rowindex'));

describe('services list scroll position', () => {
  it('is back where it was after opening a customer from a virtualized list and going back', async () => {
    sim.reset({ customers: CUSTOMERS });
    fakeScrolling();
    const { user, router } = await renderRoute('/');
    await findTable();
    expect(firstRowIndex()).toBe(2);

    const element = scroller();
    if (!element) throw new Error('no scroll element');
    act(() => {
      element.scrollTop = 200 * ROW;
      element.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(firstRowIndex()).toBeGreaterThan(150));
    const row = bodyRows().find((r) => r.getAttribute('aria-rowindex') === '202');
    if (!row) throw new Error('row 200 is not rendered');
    const link = within(row).getAllByRole('link')[0] as HTMLElement;
    const name = link.textContent;

    await user.click(link);
    // The customer page is on screen (the list is gone), then its "Back to services" (history back).
    const back = await screen.findByRole('link', { name: 'Back to services' });
    expect(screen.queryByRole('table', { name: 'Customers' })).toBeNull();
    await user.click(back);
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await findTable();
    // The virtualizer starts at the saved offset: the rows around #200 are there at once, not the first ones.
    expect(firstRowIndex()).toBeGreaterThan(150);
    expect(within(table()).getByRole('link', { name: name ?? '' })).toBeInTheDocument();
    expect(scroller()?.scrollTop).toBe(200 * ROW);
  });

  it('starts at the top on a fresh visit', async () => {
    sim.reset({ customers: CUSTOMERS });
    fakeScrolling();
    await renderRoute('/');
    await findTable();
    expect(firstRowIndex()).toBe(2);
    expect(scroller()?.scrollTop).toBe(0);
  });
});
