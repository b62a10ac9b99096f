// The page's static assets (public/): its icon and its web app manifest load from its own
// origin under its Content-Security-Policy, and the manifest names the app and its colours.
import { expect, test } from './helpers/app-page';

test('the web app manifest and the icon load under the page policy', async ({ app, page }) => {
  await app.goto();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("manifest-src 'self'");

  // The browser's own manifest fetch, as an install would make it (policy applied).
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(new URL(manifest.url).origin).toBe(new URL(page.url()).origin);
  const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
  expect(data).toMatchObject({
    name: 'CWS Event Explorer',
    short_name: expect.any(String) as unknown,
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/) as unknown,
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/) as unknown,
  });
  const icons = data.icons as { src: string; type: string }[];
  expect(icons.length).toBeGreaterThan(0);

  // Each icon, and the page's own (inline: history changes never fetch it again), loads as an
  // image in the page.
  const iconLink = await page.locator('link[rel="icon"]').getAttribute('href');
  const sources = [iconLink!, ...icons.map((i) => new URL(i.src, manifest.url).href)];
  for (const src of sources) {
    const size = await page.evaluate(
      (url) =>
        new Promise<number>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image.naturalWidth);
          image.onerror = () => reject(new Error(`${url} did not load`));
          image.src = url;
        }),
      src,
    );
    expect(size).toBeGreaterThan(0);
  }
});
