/**
 * The fuzz runs draw markup at random; these pin it down on every page: a name such as
 * <img src=x onerror=alert(1)> is shown as those characters, and no element is made from it.
 */
import { screen, within } from '@testing-library/react';
import { fixtures } from '../../../simulator/fixtures';
import { expectSafePage, renderWith, startFuzzServer } from './render-harness';

startFuzzServer();

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

const withFirst = <T extends object>(list: readonly T[], patch: Partial<Record<string, unknown>>): unknown[] => [{ ...list[0], ...patch }, ...list.slice(1)];

describe('markup in names renders as text', () => {
  it('services list', async () => {
    const payload = withFirst(fixtures.servicesBrief, { CustomerShortName: IMG, CustomerFullName: SCRIPT });
    await renderWith('list', payload, '/', () => screen.getByRole('table', { name: 'Customers' }), (rendered) => {
      expectSafePage(rendered);
      expect(screen.getByRole('link', { name: IMG })).toBeVisible();
      expect(screen.getByText(SCRIPT)).toBeVisible();
    });
  });

  it('customer details', async () => {
    const payload = { ...fixtures.customerDetailsAll, CustomerShortName: IMG, CustomerFullName: null, MsDefaultDomain: SCRIPT };
    await renderWith('details', payload, '/customers/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2', () => screen.getByRole('heading', { level: 1, name: IMG }), (rendered) => {
      expectSafePage(rendered);
      expect(screen.getByRole('heading', { level: 1, name: IMG })).toBeVisible();
      expect(screen.getByText(SCRIPT)).toBeVisible();
      expect(document.title).toContain(IMG);
    });
  });

  it('health table', async () => {
    const payload = { services: withFirst(fixtures.ovocServices.services, { name: IMG }) };
    await renderWith('ovocServices', payload, '/health', () => screen.getByRole('button', { name: `Details of ${IMG}` }), (rendered) => {
      expectSafePage(rendered);
      const toggle = screen.getByRole('button', { name: `Details of ${IMG}` });
      expect(within(toggle.closest('tr') ?? document.body).getByText(IMG)).toBeVisible();
    });
  });

  it('OVOC customer panel', async () => {
    const payload = { ...fixtures.ovocCustomer, name: IMG, description: SCRIPT, contacts: { email: `"><img src=x onerror=alert(1)>@x.example` } };
    await renderWith('ovocCustomer', payload, '/health?customer=79192', () => screen.getByRole('dialog', { name: IMG }), (rendered) => {
      expectSafePage(rendered);
      const panel = screen.getByRole('dialog', { name: IMG });
      expect(within(panel).getByRole('heading', { level: 2, name: IMG })).toBeVisible();
      expect(within(panel).getByText(SCRIPT)).toBeVisible();
      // A hostile e-mail stays inside its mailto: link as text.
      expect(within(panel).getByRole('link', { name: `"><img src=x onerror=alert(1)>@x.example` })).toHaveAttribute('href', `mailto:"><img src=x onerror=alert(1)>@x.example`);
    });
  });
});
