import { expect, test } from '@playwright/test';
import { waitUntilReady, watchPage } from './watch.ts';

/*
 * The policy itself. That the game runs under it with no violation is checked by every spec
 * that uses watchPage (a violation is a console error): the full games of game.spec.ts, the
 * classroom sessions, the what-if worker and the print views.
 */
test('the build carries a strict CSP, the preview sends it as headers, and a violation is caught', async ({
  page,
  request,
  baseURL,
}) => {
  const response = await request.get('./');
  const header = response.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self';",
    "connect-src 'self';",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ])
    expect(header).toContain(directive);
  expect(header).not.toContain('unsafe-');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  const problems = await watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('./');
  await waitUntilReady(page);
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("script-src 'self';");
  expect(meta).not.toContain('frame-ancestors');
  expect(meta).toContain("require-trusted-types-for 'script'");
  expect(problems.consoleErrors).toEqual([]);

  // What an injected string would try: HTML is refused by Trusted Types, inline script by CSP.
  const attempts = await page.evaluate(() => {
    const outcomes: string[] = [];
    const host = document.createElement('div');
    try {
      host.innerHTML = '<img src=x onerror="window.__pwned = true">';
      outcomes.push('innerHTML accepted');
    } catch {
      outcomes.push('innerHTML refused');
    }
    try {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = true';
      document.body.append(script);
      outcomes.push('script accepted');
    } catch {
      outcomes.push('script refused');
    }
    try {
      new Worker('https://example.com/worker.js');
    } catch {
      outcomes.push('foreign worker refused');
    }
    return { outcomes, pwned: 'pwned' in window };
  });
  expect(attempts.pwned).toBe(false);
  expect(attempts.outcomes).toEqual([
    'innerHTML refused',
    'script refused',
    'foreign worker refused',
  ]);
  await expect
    .poll(() => problems.consoleErrors.filter((error) => error.startsWith('CSP violation')).length)
    .toBeGreaterThanOrEqual(2);
});
