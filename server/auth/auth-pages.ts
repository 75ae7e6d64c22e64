import type { FastifyReply } from 'fastify';

/**
 * The few pages the server itself shows around sign-in (refused, failed, provider down). They
 * are plain HTML with no script, so they work under the console's strict CSP and before the SPA
 * could load; every dynamic piece is escaped.
 */

export interface AuthPage {
  status: number;
  title: string;
  message: string;
  /** What the person can do next. */
  action?: { href: string; label: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

export function renderAuthPage(page: AuthPage): string {
  const action = page.action ? `<p><a href="${escapeHtml(page.action.href)}">${escapeHtml(page.action.label)}</a></p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · Live Platform Console</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2933}h1{font-size:1.5rem}a{color:#0b5cad}</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}</p>
${action}
</main>
</body>
</html>
`;
}

export function sendAuthPage(reply: FastifyReply, page: AuthPage): FastifyReply {
  return reply
    .code(page.status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderAuthPage(page));
}
