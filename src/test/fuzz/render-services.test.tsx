/**
 * Fuzz, tier 2 (see payloads.test.ts for tier 1 and the reason for the split): the services list
 * and the customer details page, each rendered whole with RENDERS_PER_PAGE hostile payloads.
 */
import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { customerDetailsSchema, servicesListSchema } from '../../api/schemas';
import { fixtures } from '../../../simulator/fixtures';
import { hostilePayload, MARKUP } from './hostile';
import { expectParseErrorShown, expectSafePage, renderWith, RENDERS_PER_PAGE, startFuzzServer } from './render-harness';

startFuzzServer();

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What the data layer makes of the payload msw sends (JSON, lone surrogates read as U+FFFD). */
const overTheWire = (payload: unknown): unknown =>
  JSON.parse(JSON.stringify(payload) ?? 'null', (_key, value: unknown) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value));
const shown = (text: string) => text.trim() !== '';

describe(`whole pages, ${RENDERS_PER_PAGE} hostile payloads each`, () => {
  it('/ (services list) shows the rows, names as text, or names what was wrong', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePayload(fixtures.servicesBrief, { maxItems: 6 }), async (payload) => {
        const parsed = servicesListSchema.safeParse(overTheWire(payload));
        await renderWith(
          'list',
          payload,
          '/',
          () => {
            if (parsed.success) {
              if (parsed.data.length === 0) screen.getByRole('heading', { name: 'No customers yet' });
              else screen.getByRole('table', { name: 'Customers' });
            } else screen.getByRole('alert');
          },
          (rendered) => {
            expectSafePage(rendered);
            if (!parsed.success) return expectParseErrorShown(screen.getByRole('alert'));
            const table = screen.queryByRole('table', { name: 'Customers' });
            for (const row of parsed.data) {
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
            const title = [customer.customerFullName, customer.customerShortName, customer.umpCustomerGuid].find((text) => text !== null && shown(text));
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
