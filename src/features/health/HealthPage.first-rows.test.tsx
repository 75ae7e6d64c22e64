import { screen } from '@testing-library/react';
import { http } from 'msw';
import { renderRoute } from '../../test/render';
import { setupHealthSimServer } from '../../test/health-sim';

const sim = setupHealthSimServer();

/** Holds the whole answer (not the first rows) until released. */
function holdWholeAnswer() {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  sim.use(
    http.get('*/api/console/health', async ({ request }) => {
      if (new URL(request.url).searchParams.has('first')) return undefined;
      await released;
      return undefined;
    }),
  );
  return release;
}

describe('HealthPage first rows', () => {
  it('waits for the whole answer when the URL filters the table', async () => {
    const release = holdWholeAnswer();
    await renderRoute('/health?q=acme');
    expect(await screen.findByText('Loading services…')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'OVOC services' })).not.toBeInTheDocument();
    release();
    await screen.findByRole('table', { name: 'OVOC services' });
  });
});
