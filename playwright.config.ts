// End-to-end test configuration. Tests run against the production build served by
// `vite preview` (the npm script builds first) in the system Chromium: browsers are never
// downloaded. Small input files are generated into e2e/.fixtures/ by the global setup.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

// `E2E_PORT` / `E2E_DIST` let several checkouts' builds be tested side by side.
const PORT = Number(process.env.E2E_PORT ?? 4179);
const DIST = process.env.E2E_DIST ?? 'dist';
const OUT = process.env.E2E_OUT ?? 'test-results';
const BASE_URL = `http://localhost:${PORT}`;

const executablePath = findChromium();
if (executablePath === undefined) {
  throw new Error(
    'No Chromium found for the end-to-end tests. Run `node scripts/ensure-chromium.mjs` ' +
      '(installs it with apt-get when run as root) or set CHROMIUM_PATH.',
  );
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: OUT,
  fullyParallel: true,
  forbidOnly: process.env.CI !== undefined,
  retries: 0,
  // The machine has two cores; more workers only make every test slower.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: `${OUT}/../playwright-report` }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: process.env.CI === undefined,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  // Timed specs (`*.timing.spec.ts`) run last, alone, so other specs do not skew them.
  projects: [
    {
      name: 'chromium',
      testIgnore: /\.timing\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
    {
      name: 'timing',
      testMatch: /\.timing\.spec\.ts$/,
      dependencies: ['chromium'],
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
});
