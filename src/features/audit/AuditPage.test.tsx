import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { activateLocale } from '../../i18n/catalogs';
import { auditEntry } from '../../test/audit-stand-in';
import { renderRoute } from '../../test/render';
import { operator, startSimServer } from '../../test/sim-server';

const sim = startSimServer({ now: new Date('2026-03-01T00:00:00Z') });

const GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
const table = () => screen.findByRole('table', { name: 'Audit entries' });
const rows = async () => within(await table()).getAllByRole('row').slice(1);

function seed() {
  sim.audit.entries.push(
    auditEntry({ shortName: 'FirstCo' }),
    auditEntry({ action: 'delete', method: 'DELETE', resource: `/api/v2/customer/${GUID}`, shortName: null, guid: GUID, actor: { subject: 'alice', name: 'Alice Staff', email: 'alice@provider.example', role: 'admin' } }),
    auditEntry({ action: 'refused', method: 'DELETE', actor: { subject: 'vera', name: 'Vera Desk', email: null, role: 'viewer' }, outcome: { status: 403, ok: false, note: 'forbidden', errorTicket: null, traceId: null, durationMs: 2 } }),
  );
}

describe('AuditPage', () => {
  it('lists the entries newest first, with who, what and how it ended; admins find it in the navigation', async () => {
    seed();
    await renderRoute('/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeInTheDocument();
    const [first, second, third] = await rows();
    expect(first).toHaveTextContent('Vera Desk');
    expect(first).toHaveTextContent('Refused');
    expect(first).toHaveTextContent('Failed · 403 · forbidden');
    expect(second).toHaveTextContent('Alice Staff');
    expect(second).toHaveTextContent(GUID);
    expect(third).toHaveTextContent('FirstCo');
    expect(third).toHaveTextContent('Succeeded · 200');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Audit trail' })).toHaveAttribute('aria-current', 'page');
  });

  it('says that nothing is recorded yet when the trail is empty and no filter is set', async () => {
    await renderRoute('/audit');
    expect(await screen.findByRole('heading', { name: 'Nothing recorded yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('opens a deep link with its filters, and keeps a changed filter in the URL', async () => {
    seed();
    const { user, router } = await renderRoute(`/audit?guid=${GUID}`);
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(screen.getByText(`Customer ${GUID}`)).toBeInTheDocument();
    expect(sim.audit.asked.at(-1)?.get('guid')).toBe(GUID);

    await user.click(screen.getByRole('button', { name: `Customer ${GUID}` }).querySelector('svg') as Element);
    await waitFor(async () => expect(await rows()).toHaveLength(3));
    await user.click(screen.getByRole('combobox', { name: 'Outcome' }));
    await user.click(screen.getByRole('option', { name: 'Failed' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ outcome: 'failed' }));
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect((await rows())[0]).toHaveTextContent('Vera Desk');
    await user.type(screen.getByRole('textbox', { name: 'Person' }), 'alice');
    await waitFor(() => expect(router.state.location.search).toEqual({ outcome: 'failed', person: 'alice' }));
    expect(await screen.findByRole('heading', { name: 'No entries match these filters' })).toBeInTheDocument();
  });

  it('runs the verify check on request and says where the chain breaks', async () => {
    seed();
    sim.audit.verify = { ok: true, checked: 3 };
    const { user } = await renderRoute('/audit');
    await table();
    expect(sim.requests).not.toContain('GET /api/console/audit/verify');
    await user.click(screen.getByRole('button', { name: 'Verify the trail' }));
    expect(await screen.findByText('The trail is intact: 3 entries checked, each linked to the one before.')).toBeInTheDocument();
    sim.audit.verify = { ok: false, checked: 1, firstBadSeq: 2, problem: 'altered' };
    await user.click(screen.getByRole('button', { name: 'Verify the trail' }));
    expect(await screen.findByText('The trail has been tampered with: entry 2 was altered. 1 entry before it is intact.')).toBeInTheDocument();
  });

  it('speaks German when German is chosen: headings, filters, actions, outcomes, plurals and dates', async () => {
    seed();
    sim.audit.verify = { ok: false, checked: 1, firstBadSeq: 2, problem: 'altered' };
    await activateLocale('de');
    const { user } = await renderRoute('/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Prüfprotokoll' })).toBeInTheDocument();
    const [first, , third] = within(await screen.findByRole('table', { name: 'Einträge des Prüfprotokolls' })).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Abgelehnt');
    expect(first).toHaveTextContent('Fehlgeschlagen · 403 · forbidden');
    expect(third).toHaveTextContent('Erfolgreich · 200');
    expect(third).toHaveTextContent(/\d{2}\.\d{2}\.2026, \d{2}:\d{2}:\d{2}/);
    expect(screen.getByRole('combobox', { name: 'Ergebnis' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Protokoll prüfen' }));
    expect(await screen.findByText('Das Protokoll wurde manipuliert: Eintrag 2 wurde verändert. 1 Eintrag davor ist unversehrt.')).toBeInTheDocument();
  });

  it('is neither offered nor shown to a viewer', async () => {
    sim.use(http.get('*/api/console/me', () => HttpResponse.json(operator('viewer'))));
    await renderRoute('/audit');
    expect(await screen.findByRole('heading', { name: 'The audit trail needs the admin role' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Audit trail' })).toBeNull();
    expect(sim.requests).not.toContain('GET /api/console/audit');
  });

  it('links an admin from the customer page to that customer\'s entries', async () => {
    await renderRoute(`/customers/${GUID}`);
    const changes = await screen.findByRole('link', { name: 'Changes' });
    expect(changes).toHaveAttribute('href', `/audit?guid=${GUID}&name=BradOCDev1`);
  });
});
