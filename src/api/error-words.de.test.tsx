import { render, screen, within } from '@testing-library/react';
import * as z from 'zod/mini';
import { ErrorPanel } from '../components/ErrorPanel';
import { activateLocale } from '../i18n/catalogs';
import { describeError } from './error-words';
import { apiError, ApiError, validateRequest } from './errors';
import { httpErrorFrom } from './http-errors';

const where = { method: 'GET', url: '/api/ovoc/v1/topology/services/' } as const;
const timeout = () => apiError({ id: 'error.message.timeout', values: { seconds: 20 } }, { kind: 'timeout', ...where });
const answered = (status: number) => httpErrorFrom(new Response(null, { status }), undefined, false, where);

describe('error words in German', () => {
  // src/test/setup.ts goes back to English after each test.

  it('words an error when it is shown, in the language active then; the message for logs stays English', async () => {
    const error = timeout();
    expect(describeError(error).message).toBe('The server did not answer within 20 seconds.');
    const oneSecond = apiError({ id: 'error.message.timeout', values: { seconds: 1 } }, { kind: 'timeout', ...where });
    expect(describeError(oneSecond).message).toBe('The server did not answer within 1 second.');
    await activateLocale('de');
    expect(describeError(error)).toMatchObject({
      title: 'Der Server hat zu lange nicht geantwortet',
      message: 'Der Server hat nicht innerhalb von 20 Sekunden geantwortet.',
    });
    expect(error.message).toBe('The server did not answer within 20 seconds.');
    expect(timeout().message).toBe('The server did not answer within 20 seconds.');
  });

  it("keeps the server's reason as it came inside the German sentence", async () => {
    await activateLocale('de');
    expect(describeError(answered(503)).message).toBe('Der Server hat mit 503 geantwortet: Service Unavailable');
    expect(describeError(answered(599)).message).toBe('Der Server hat mit 599 geantwortet.');
  });

  it("shows an error without catalogue words (the server's own, an older build's) as it came", async () => {
    await activateLocale('de');
    expect(describeError(new ApiError('Customer not found', { kind: 'http', status: 404, ...where })).message).toBe('Customer not found');
  });

  it('words a request the console refused to send, naming the field as it was given', async () => {
    await activateLocale('de');
    const refused = (() => {
      try {
        validateRequest(z.object({ shortName: z.string() }), { shortName: 3 });
      } catch (error) {
        return error;
      }
    })();
    expect(describeError(refused)).toMatchObject({
      title: 'Etwas ist schiefgegangen',
      message: 'Die Anfrage wurde nicht gesendet, weil ihre Daten bei shortName ungültig sind: expected a string',
    });
  });

  it("gives OVOC's documented statuses their meaning in German", async () => {
    await activateLocale('de');
    const services = describeError(answered(503), { ovoc: 'services' });
    expect(services.documentedTitle).toBe('Das Live-Platform-Portal ist nicht eingerichtet');
    expect(services.meaning).toMatch(/^Auf dieser Live-Platform-Instanz .* kann die Konsole die OVOC-Dienstliste nicht abrufen/);
    expect(services.action).toMatch(/^Bitten Sie die Administration von Live Platform/);
    const customer = describeError(answered(404), { ovoc: 'customer' });
    expect(customer.documentedTitle).toBe('Kunde nicht gefunden');
    expect(customer.meaning).toMatch(/keinen Kunden mit dieser ID: Entweder gibt es ihn nicht/);
  });

  it('shows the error panel in German', async () => {
    await activateLocale('de');
    render(<ErrorPanel error={timeout()} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Der Server hat zu lange nicht geantwortet')).toBeVisible();
    expect(within(alert).getByText('Der Server hat nicht innerhalb von 20 Sekunden geantwortet.')).toBeVisible();
  });
});
