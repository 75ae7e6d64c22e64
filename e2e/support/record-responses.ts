import type { Page } from '@playwright/test';

export interface SeenResponse {
  url: string;
  status: number;
  /** All headers, as JSON. */
  headers: string;
  body: string;
}

/**
 * Records every response the page receives. A response that arrives as the page closes is recorded
 * without headers or body rather than failing whichever test runs next.
 */
export function recordResponses(page: Page): SeenResponse[] {
  const seen: SeenResponse[] = [];
  page.on('response', async (response) => {
    const headers = JSON.stringify(await response.allHeaders().catch(() => ({})));
    // The live stream's body never ends while the page is open (server/mirror tests check its events).
    const streaming = (response.headers()['content-type'] ?? '').startsWith('text/event-stream');
    const body = streaming ? '' : await response.text().catch(() => '');
    seen.push({ url: response.url(), status: response.status(), headers, body });
  });
  return seen;
}
