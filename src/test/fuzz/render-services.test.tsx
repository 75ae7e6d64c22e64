/**
 * Fuzz, tier 2 (see payloads.test.ts for tier 1 and the reason for the split): the services list
 * and the customer details page, each rendered whole with RENDERS_PER_PAGE hostile payloads.
 */
import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { customerDetailsSchema, readServicesList } from '../../api/schemas';
import { unreadableTitle } from '../../components/UnreadableNotice';
import { fixtures } from '../../../simulator/fixtures';
import { hostilePayload, MARKUP } from './hostile';
import { expectParseErrorShown, expectReadRefusedShown, expectSafePage, overTheWire, renderWith, RENDERS_PER_PAGE, startFuzzServer } from './render-harness';

startFuzzServer();
const shown = (text: string) => text.trim() !== '';

describe(`whole pages, ${RENDERS_PER_PAGE} hostile payloads each`, () => {
  it('/ (services list) shows the readable rows, names as text, counts the rest, or names what was wrong', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePayload(fixtures.servicesBrief, { maxItems: 6 }), async (payload) => {
        // What our server's mirror makes of the vendor list: read row by row, the rows that do not fit counted.
        const wire = overTheWire(payload);
        const read = Array.isArray(wire) ? readServicesList(wire) : null;
        await renderWith(
          'list',
          payload,
          '/',
          () => {
            if (read === null) screen.getByRole('alert');
            else if (read.rows.length === 0) screen.getByRole('heading', { name: 'No customers yet' });
            else screen.getByRole('table', { name: 'Customers' });
          },
          (rendered) => {
            expectSafePage(rendered);
            if (read === null) return expectReadRefusedShown(screen.getByRole('alert'), 'customers list: the answer is not a list');
            const skipped = read.unreadable.length;
            const notice = screen.queryByText(/could not be read/);
            if (skipped > 0) expect(notice?.closest('[role="status"]')).toHaveTextContent(unreadableTitle(skipped));
            else expect(notice).toBeNull();
            const table = screen.queryByRole('table', { name: 'Customers' });
            for (const row of read.rows) {
              if (!shown(row.customerShortName)) continue;
              expect(table?.textContent).toContain(row.customerShortName.trim().slice(0, 200));
              if ((MARKUP as readonly string[]).includes(row.customerShortName)) {
                expect(within(table ?? document.body).getAllByRole('link', { name: row.customerShortName }).length).toBeGreaterThan(0);
              }
            }
          },
        );
      }),
      { numRuns: RENDERS_PER_PAGE },
    );
  }, 180_000);

  it('/customers/$guid shows the customer, the secret only masked, or names what was wrong', async () => {
    const guid = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
    await fc.assert(
      fc.asyncProperty(hostilePayload(fixtures.customerDetailsAll, { maxItems: 6 }), async (payload) => {
        const parsed = customerDetailsSchema.safeParse(overTheWire(payload));
        await renderWith(
          'details',
          payload,
          `/customers/${guid}`,
          () => {
            if (parsed.success) screen.getByRole('region', { name: 'App registration' });
            else screen.getByRole('alert');
          },
          (rendered) => {
            expectSafePage(rendered);
            if (!parsed.success) return expectParseErrorShown(screen.getByRole('alert'));
            const customer = parsed.data;
            const heading = screen.getByRole('heading', { level: 1 });
            // The GUID the page was opened with when the answer names none.
            const answeredGuid = customer.umpCustomerGuid.trim() === '' ? guid : customer.umpCustomerGuid;
            const title = [customer.customerFullName, customer.customerShortName, answeredGuid].find((text) => text !== null && shown(text));
            expect(heading.textContent).toContain((title ?? '').slice(0, 200));
            expect((heading.textContent ?? '').trim()).not.toBe('');
            if (shown(customer.customerShortName)) expect(screen.getByRole('main').textContent).toContain(customer.customerShortName.trim().slice(0, 200));
            const secret = customer.applicationClientSecret;
            if (secret !== null && [...secret.trim()].length > 3) {
              // More than the documented three characters arrived: the page still shows only three.
              const label = within(screen.getByRole('region', { name: 'App registration' })).getByText('Client secret');
              const value = label.nextElementSibling?.textContent ?? '';
              expect(value).not.toContain(secret.trim());
              expect(value).toContain(`${[...secret].slice(0, 3).join('')}••••••••`);
            }
          },
        );
      }),
      { numRuns: RENDERS_PER_PAGE },
    );
  }, 180_000);
});
