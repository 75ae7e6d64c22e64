// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import { loadConfig } from '../config';

/** The services list page announces its data, so the browser fetches it while the scripts load. */

const PRELOAD = '</api/console/services>; rel=preload; as=fetch; crossorigin=anonymous';
let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await buildServer(loadConfig({ DIST_DIR: dist, LOG_LEVEL: 'silent' }));
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

describe('list preload', () => {
  it('comes with the services list page, with or without its view in the query', async () => {
    for (const url of ['/', '/?q=contoso&license=1,2']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers.link).toBe(PRELOAD);
    }
  });

  it('does not come with other pages, files or API answers', async () => {
    for (const url of ['/health', '/customers/new', '/customers/f1d30c8d-5f44-451e-9257-2318808ba0df', '/index.html', '/favicon.svg', '/api/console/info']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers.link, url).toBeUndefined();
    }
  });
});
