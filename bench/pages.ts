/** How the bench finds things on each page: our services list, and the Data Grid baseline. */
import type { Locator, Page } from '@playwright/test';
import type { ProbeOptions } from './probe';

export interface PageKind {
  name: 'console' | 'baseline';
  probe: ProbeOptions;
  /** Focus the search box (the grid's quick filter is behind a trigger button). */
  openSearch: (page: Page) => Promise<Locator>;
  sortHeader: (page: Page) => Locator;
  /** One click that applies a license filter, clicked again to clear it; the baseline has none. */
  licenseToggle: ((page: Page) => Locator) | null;
  /** Every row element (header included), for the DOM-size figure. */
  rowElements: string;
  /**
   * Resolves with the page time at which every piece of data the page shows is in. Ours computes the
   * Health column in a Web Worker: while the worker parses OVOC's answer there is no request in flight
   * and no long task on the page, so network and main-thread quiet alone would call it settled early.
   */
  dataComplete: ((page: Page) => Promise<number>) | null;
}

export const consolePage: PageKind = {
  name: 'console',
  probe: { rowSelector: '.lpc-body [role="row"]', regionSelector: '[role="table"][aria-label="Customers"]', regionClosest: '.MuiPaper-root' },
  openSearch: async (page) => {
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.click();
    return box;
  },
  sortHeader: (page) => page.getByRole('columnheader', { name: 'Short name' }).getByRole('button'),
  licenseToggle: (page) => page.getByRole('group', { name: 'License family' }).getByRole('button', { name: /Operator Connect/ }),
  rowElements: '[role="row"]',
  dataComplete: async (page) => {
    const done = await page.waitForFunction(
      () => {
        const loading = [...document.querySelectorAll('.lpc-body .lpc-muted')].some((cell) => cell.textContent === 'Loading…');
        return loading ? null : performance.now();
      },
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    return Number(await done.jsonValue());
  },
};

export const baselinePage: PageKind = {
  name: 'baseline',
  // Data rows only (the loading overlay draws skeleton rows). The region is the grid's headers and rows,
  // not its toolbar or footer, as ours is the table without the toolbar.
  probe: { rowSelector: '.MuiDataGrid-row[data-id]', regionSelector: '.MuiDataGrid-main', regionClosest: null },
  openSearch: async (page) => {
    const quickFilter = page.locator('.MuiDataGrid-toolbarQuickFilter');
    await quickFilter.getByRole('button', { name: 'Search' }).click();
    const box = quickFilter.getByRole('searchbox');
    await box.focus();
    return box;
  },
  sortHeader: (page) => page.getByRole('columnheader', { name: 'Short name' }),
  licenseToggle: null,
  rowElements: '[role="row"]',
  dataComplete: null,
};
