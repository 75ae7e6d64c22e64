// @vitest-environment node
import fc from 'fast-check';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/services', '/services'],
    ['/services/0ad77c8d?tab=sites&sort=-name', '/services/0ad77c8d?tab=sites&sort=-name'],
    ['/customers/new?step=2', '/customers/new?step=2'],
    ['/a/../health', '/health'],
    ['/health#section', '/health'],
  ])('keeps the console path %j as %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/ /evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '',
    '/auth/login',
    '/auth/callback?code=x',
    '/auth',
    `/${'a'.repeat(2050)}`,
    42,
    ['/'],
    undefined,
  ])('refuses %j', (value) => {
    expect(safeReturnTo(value)).toBeNull();
  });

  it('never yields anything a browser would read as another origin', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (tail) => {
        const result = safeReturnTo(`/${tail}`);
        if (result === null) return;
        expect(result.startsWith('/')).toBe(true);
        expect(result.startsWith('//')).toBe(false);
        expect(new URL(result, 'https://console.example.com').origin).toBe('https://console.example.com');
      }),
      { numRuns: 2000 },
    );
  });
});
