/**
 * Fuzz, tier 2 (see payloads.test.ts for tier 1 and the reason for the split): the health page and
 * its OVOC customer panel, each rendered whole with RENDERS_PER_PAGE hostile payloads.
 */
import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { ovocCustomerSchema } from '../../api/schemas';
import { readServices } from '../console-snapshot';
import { toHealthServiceRow } from '../../api/health-index/health-row';
import { toHealthRows } from '../../features/health/rows';
import { unreadableTitle } from '../../components/UnreadableNotice';
import { fixtures } from '../../../simulator/fixtures';
import { hostilePayload, MARKUP } from './hostile';
import { expectParseErrorShown, expectReadRefusedShown, expectSafePage, renderWith, RENDERS_PER_PAGE, startFuzzServer } from './render-harness';

startFuzzServer();

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What the data layer makes of the payload msw sends (JSON, lone surrogates read as U+FFFD). */
const overTheWire = (payload: unknown): unknown =>
  JSON.parse(JSON.stringify(payload) ?? 'null', (_key, value: unknown) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value));

describe(`whole pages, ${RENDERS_PER_PAGE} hostile payloads each`, () => {
  it('/health shows every service by name, names as text, or names what was wrong', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePayload(fixtures.ovocServices, { maxItems: 6 }), async (payload) => {
        // What our server's mirror makes of the vendor answer: read row by row, the rows that do not fit counted.
        const read = readServices(overTheWire(payload));
        await renderWith(
          'ovocServices',
          payload,
          '/health',
          () => {
            if (typeof read === 'string') screen.getByRole('alert');
            else if (read.rows.length === 0) screen.getByRole('heading', { name: 'No services' });
            else screen.getByRole('table', { name: 'OVOC services' });
          },
          (rendered) => {
            expectSafePage(rendered);
            if (typeof read === 'string') return expectReadRefusedShown(screen.getByRole('alert'), read);
            // Rows our server's mirror could not read are left out and counted.
            const skipped = read.unreadable.length;
            const notice = screen.queryByText(/could not be read/);
            if (skipped > 0) expect(notice?.closest('[role="status"]')).toHaveTextContent(unreadableTitle(skipped, 'ovocServices'));
            else expect(notice).toBeNull();
            const table = screen.queryByRole('table', { name: 'OVOC services' });
            for (const row of toHealthRows(read.rows.map((service, index) => toHealthServiceRow(service, index)))) {
              // By the attribute: accessible-name whitespace rules differ for exotic unicode spaces.
              const toggle = [...(table ?? document.body).querySelectorAll('button[aria-label]')].filter(
                (button) => button.getAttribute('aria-label') === `Details of ${row.name}`,
              );
              expect(toggle.length, row.name.slice(0, 80)).toBeGreaterThan(0);
              if ((MARKUP as readonly string[]).includes(row.name)) expect(toggle[0]?.closest('tr')).toHaveTextContent(row.name);
            }
          },
        );
      }),
      { numRuns: RENDERS_PER_PAGE },
    );
  }, 180_000);

  it('/health?customer=79192 opens the OVOC customer panel, or says in it what was wrong', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePayload(fixtures.ovocCustomer, { maxItems: 6 }), async (payload) => {
        const parsed = ovocCustomerSchema.safeParse(overTheWire(payload));
        await renderWith(
          'ovocCustomer',
          payload,
          '/health?customer=79192',
          () => {
            const panel = screen.getByRole('dialog');
            if (parsed.success) within(panel).getByText('Attached services');
            else within(panel).getByRole('alert');
          },
          (rendered) => {
            expectSafePage(rendered);
            const panel = screen.getByRole('dialog');
            // The panel always has a name a screen reader can announce.
            expect((panel.textContent ?? '').trim()).not.toBe('');
            expect(screen.getByRole('heading', { level: 2, name: /\S/ })).toBeVisible();
            if (!parsed.success) return expectParseErrorShown(within(panel).getByRole('alert'));
            const name = parsed.data.name;
            if (name !== null && (MARKUP as readonly string[]).includes(name)) expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(name);
          },
        );
      }),
      { numRuns: RENDERS_PER_PAGE },
    );
  }, 180_000);
});
