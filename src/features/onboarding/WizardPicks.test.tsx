import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ROUTES } from '../../../simulator/faults';
import { fixtures } from '../../../simulator/fixtures';
import { renderRoute } from '../../test/render';
import { field, fill, fillCustomer, next, startSim } from '../../test/onboarding-helpers';

// A ceiling for a shared 2-core machine, not a measurement: every wait below is for what a person sees.
vi.setConfig({ testTimeout: 60_000 });

const sim = startSim();

async function toSipStep(user: UserEvent) {
  await fillCustomer(user);
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'SIP connection' });
}

async function pick(user: UserEvent, label: string, option: string | RegExp) {
  await user.click(field(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function finish(user: UserEvent, reviewed?: (review: HTMLElement) => void) {
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Script parameters' });
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Review' });
  reviewed?.(screen.getByRole('region', { name: 'SIP connection' }));
  await user.click(screen.getByRole('button', { name: 'Create customer' }));
  await screen.findByText('Customer SaraTest1 created');
}

describe('wizard picks', () => {
  it('posts the script pair chosen by name: the cleanup script is the one relatedScripts names', async () => {
    const { user } = await renderRoute('/customers/new');
    await toSipStep(user);
    await pick(user, 'SBC', /^SBC 8 · oc1\.sandbox2\.audiocodes\.be · 3 connections$/);
    await pick(user, 'Onboarding script', 'sbc-scenario7 (ID 7)');
    await waitFor(() => expect(field('Cleanup script')).toHaveValue('sbc-scenario7Cleanup (ID 700)'));
    expect(field('Cleanup script')).toHaveAccessibleDescription('The cleanup script sbc-scenario7 names.');
    expect(field('Onboarding script')).toHaveValue('sbc-scenario7 (ID 7)');
    await finish(user, (review) => {
      // The review names the scripts as they were picked, with the ids that are sent.
      expect(review).toHaveTextContent('Onboarding scriptsiteLocation.sbcOnboardingScriptsbc-scenario7 (ID 7)');
      expect(review).toHaveTextContent('Cleanup scriptsiteLocation.sbcCleanupScriptsbc-scenario7Cleanup (ID 700)');
    });
    expect(sim.posts().map((p) => (p.body as { siteLocation: unknown }).siteLocation)).toEqual([
      { sbcId: 8, sbcOnboardingScript: 7, sbcCleanupScript: 700 },
    ]);
  });

  it('offers SBCs the calling profiles name even when no connection uses them', async () => {
    const { user } = await renderRoute('/customers/new');
    await toSipStep(user);
    await user.click(field('SBC'));
    expect(await screen.findByRole('option', { name: 'SBC 2 · NL-SBC05, NL-SBC05.lab.lan · 0 connections' })).toBeVisible();
  });

  it('warns when the cleanup script is changed to one the onboarding script does not name', async () => {
    const { user } = await renderRoute('/customers/new');
    await toSipStep(user);
    await pick(user, 'Onboarding script', 'sbc-scenario7 (ID 7)');
    await pick(user, 'Cleanup script', 'sbc-scenario8Cleanup (ID 800)');
    expect(field('Cleanup script')).toHaveAccessibleDescription('Warning: sbc-scenario7 names sbc-scenario7Cleanup (ID 700) as its cleanup script, not this one.');
  });

  it('keeps free entry working, and says why, when the script templates cannot be read', async () => {
    sim.store.faults.set(ROUTES.scriptTemplates, { status: 503 });
    const { user } = await renderRoute('/customers/new');
    await toSipStep(user);
    await waitFor(() => expect(field('Onboarding script')).toHaveAccessibleDescription(/The script templates could not be loaded/));
    await fill(user, 'SBC', '9');
    await fill(user, 'Onboarding script', '10007');
    await fill(user, 'Cleanup script', '10700');
    await finish(user);
    expect(sim.posts().map((p) => (p.body as { siteLocation: unknown }).siteLocation)).toEqual([
      { sbcId: 9, sbcOnboardingScript: 10007, sbcCleanupScript: 10700 },
    ]);
  });

  it('turns the template’s customer variables into named rows that keep the CustomVar numbering', async () => {
    const withVariables = fixtures.scriptTemplates.map((t) => (t.id === 7 ? { ...t, customerVariables: ['IPPBX-ProxyAddress', 'SIP-HostName'] } : t));
    sim.server.use(http.get('*/api/v2/scripttemplates', () => HttpResponse.json(withVariables)));
    const { user } = await renderRoute('/customers/new');
    await toSipStep(user);
    await fill(user, 'SBC', '8');
    await pick(user, 'Onboarding script', 'sbc-scenario7 (ID 7)');
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Script parameters' });
    await fill(user, 'IPPBX-ProxyAddress (CustomVar.Variable1)', '10.0.0.1');
    await fill(user, 'SIP-HostName (CustomVar.Variable2)', 'pbx.example.com');
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Review' });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await screen.findByText('Customer SaraTest1 created');
    expect((sim.posts()[0]?.body as { scriptParameters: unknown }).scriptParameters).toEqual({
      'CustomVar.Variable1': '10.0.0.1',
      'CustomVar.Variable2': 'pbx.example.com',
    });
  });
});
