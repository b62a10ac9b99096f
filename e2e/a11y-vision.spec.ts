// Vision: the theme's colours keep 3:1 for focus rings, chart colours and text-box edges in
// both themes (text contrast is axe's, in a11y-axe.spec.ts); the page works at 200 % zoom
// (a 1280 × 720 window is then 640 × 360 CSS px) and at 1280 × 720; forced colours (Windows
// high contrast) keep rows, the selected row and the focus visible; reduced motion turns
// transitions off.
import { expect, test } from './helpers/app-page';
import { useTheme } from './helpers/axe';

type Rgb = readonly [number, number, number];

function parseRgb(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (m === null) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

for (const theme of ['dark', 'light'] as const) {
  test(`${theme}: focus ring, chart colours and text-box edges keep 3:1`, async ({ app, page }) => {
    await useTheme(page, theme);
    await app.openSampleReady();
    // Resolved through the theme's variables, as the page paints them.
    const colours = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.querySelector('[data-testid="app"]')!.append(probe);
      const resolve = (value: string) => {
        probe.style.color = value;
        return getComputedStyle(probe).color;
      };
      const names = ['--bg', '--surface', '--surface-2', '--focus', '--control-border'];
      const cats = [...document.querySelectorAll('.tl-legend .tl-swatch')].map(
        (s) => getComputedStyle(s).backgroundColor,
      );
      const tokens: Record<string, string> = {};
      for (const name of names) tokens[name] = resolve(`var(${name})`);
      probe.remove();
      return { tokens, cats };
    });
    const token = (name: string): Rgb => parseRgb(colours.tokens[name] ?? '');
    const surfaces = ['--bg', '--surface', '--surface-2'].map(token);
    const graphics = [token('--focus'), token('--control-border'), ...colours.cats.map(parseRgb)];
    expect(colours.cats.length).toBeGreaterThan(0);
    for (const colour of graphics) {
      for (const surface of surfaces) expect(contrast(colour, surface)).toBeGreaterThanOrEqual(3);
    }
  });
}

test('at 200 % zoom (640 × 360 CSS px) the page reflows and scrolls only vertically', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await app.openSampleReady();
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.width);
  // The table keeps room for several rows, and the search box and the event panel are there.
  const table = page.getByTestId('event-table');
  await table.scrollIntoViewIfNeeded();
  expect((await table.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(150);
  await app.selectRow(0);
  await expect(app.detail()).toBeVisible();
  await page.getByTestId('query-input').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('query-input')).toBeInViewport();
});

test('at 1280 × 720 facets, table and event panel sit side by side, nothing overflows', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.openSampleReady();
  await app.selectRow(0);
  for (const id of ['event-table', 'detail-pane', 'timeline', 'query-input']) {
    await expect(page.getByTestId(id)).toBeInViewport();
  }
  await expect(page.getByRole('complementary', { name: 'Facets' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
});

test('forced colours keep the rows, the selected row and the focus visible', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await app.openSampleReady();
  await app.selectRow(2);
  // Focus reached from the keyboard (a click's focus draws no ring): away and back with Tab.
  const grid = page.getByTestId('event-table');
  await grid.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(grid).toBeFocused();
  const looks = await page.evaluate(() => {
    const style = (el: Element | null) => (el === null ? undefined : getComputedStyle(el));
    const selected = style(
      document.querySelector('[data-testid="event-row"][aria-selected="true"]'),
    );
    const other = style(document.querySelector('[data-testid="event-row"][aria-selected="false"]'));
    const focused = style(document.activeElement);
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      selectedOutline: [selected?.outlineStyle, selected?.outlineWidth],
      rowBorder: [other?.borderBottomStyle, other?.borderBottomWidth],
      focusOutline: [focused?.outlineStyle, focused?.outlineWidth],
    };
  });
  expect(looks.forced).toBe(true);
  expect(looks.selectedOutline).toEqual(['solid', '2px']);
  expect(looks.rowBorder).toEqual(['solid', '1px']);
  expect(looks.focusOutline).toEqual(['solid', '2px']);
});

test('reduced motion: nothing on the page transitions, loading included', async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.goto();
  const release = await app.holdSample();
  await app.openSample();
  await expect(app.root()).toHaveAttribute('data-load-state', 'loading');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) =>
        getComputedStyle(el)
          .transitionDuration.split(',')
          .some((d) => parseFloat(d) > 0),
      )
      .map((el) => el.className),
  );
  expect(moving).toEqual([]);
  release();
  expect(await app.waitForReady()).toBe('ready');
});
