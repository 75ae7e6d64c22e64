import { loadConfig } from '../config';

/** The ops variables: read once at start, every mistake a one-line reason. */

const load = (env: Record<string, string>) => loadConfig({ DIST_DIR: '/x', ...env }).ops;

describe('ops configuration', () => {
  it('defaults: no metrics anywhere, no proxy trusted, a ten-second drain', () => {
    expect(load({})).toEqual({ metricsToken: null, metricsPort: null, metricsHost: null, trustProxy: false, shutdownMs: 10_000 });
  });

  it('reads the metrics token, a metrics port (on HOST unless METRICS_HOST), and the drain time', () => {
    expect(load({ CONSOLE_METRICS_TOKEN: 'abcdefghijklmnop', METRICS_PORT: '9464', HOST: '0.0.0.0', CONSOLE_SHUTDOWN_SECONDS: '25' })).toEqual({
      metricsToken: 'abcdefghijklmnop',
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
      trustProxy: false,
      shutdownMs: 25_000,
    });
    expect(load({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).metricsHost).toBe('10.0.0.5');
  });

  it.each([
    ['true', true],
    ['false', false],
    ['1', 1],
    ['10.0.0.0/8, 192.168.1.7', ['10.0.0.0/8', '192.168.1.7']],
    ['fd00::/8', ['fd00::/8']],
  ])('CONSOLE_TRUST_PROXY=%s', (value, expected) => {
    expect(load({ CONSOLE_TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    [{ CONSOLE_TRUST_PROXY: 'yes' }, 'CONSOLE_TRUST_PROXY must be true, false, a hop count, or a comma-separated list of proxy addresses or CIDRs'],
    [{ CONSOLE_TRUST_PROXY: '10.0.0.0/33' }, 'CONSOLE_TRUST_PROXY must be true, false, a hop count'],
    [{ CONSOLE_METRICS_TOKEN: 'short' }, 'CONSOLE_METRICS_TOKEN must be at least 16 characters'],
    [{ METRICS_PORT: 'http' }, 'METRICS_PORT must be a whole number'],
    [{ CONSOLE_SHUTDOWN_SECONDS: '0' }, 'CONSOLE_SHUTDOWN_SECONDS must be from 1 to 600'],
  ])('refuses %o', (env, message) => {
    expect(() => load(env)).toThrow(message);
  });
});
