// The shipped app compiles no code at run time and carries its Content-Security-Policy, so
// the policy can forbid eval. (CSP violations would also fail every spec as console errors.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/app-page';

const dist = join(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');

test('the production bundle has no eval or new Function', () => {
  const scripts = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(2); // page, engine worker, spool worker
  for (const name of scripts) {
    const code = readFileSync(join(dist, 'assets', name), 'utf8');
    expect(code, name).not.toMatch(/\bnew Function\s*\(/);
    expect(code, name).not.toMatch(/(^|[^\w.$])eval\s*\(/);
  }
});

test('the page declares a policy without unsafe-eval and with connect-src self', async ({
  app,
  page,
}) => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  await app.goto();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
});
