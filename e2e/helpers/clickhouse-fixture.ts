// The test fixture of the explorer over ClickHouse: once per Playwright worker, the local
// ClickHouse engine (chdb behind ClickHouse's HTTP interface) with the bundled sample loaded,
// and a build of the page whose Content-Security-Policy allows that server
// (`CWS_CONNECT_SRC=<origin>`, as a deployment would set it), served on a port of its own.
// Specs using it run against that build (`baseURL`) and may talk to that one server
// (`allowedOrigins`). Without the local engine (`npm run clickhouse:install`) `clickhouse` is
// undefined and the specs skip, saying why.
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import { test as base } from './app-page';
import { SAMPLE_FILE } from './sample-data';
import {
  localEngineMissing,
  startLocalClickHouse,
  type LocalClickHouse,
} from '../../src/test-support/local-clickhouse';

export interface ClickHouseSetup {
  readonly server: LocalClickHouse;
  readonly origin: string;
  /** Where the build allowing `origin` is served. */
  readonly pageUrl: string;
}

async function buildAndServe(origin: string, workerIndex: number): Promise<PreviewServer> {
  const { build, preview } = await import('vite');
  const outDir = resolve(`dist-e2e-clickhouse-${workerIndex}`);
  const before = process.env['CWS_CONNECT_SRC'];
  process.env['CWS_CONNECT_SRC'] = origin;
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env['CWS_CONNECT_SRC'];
    else process.env['CWS_CONNECT_SRC'] = before;
  }
  return preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
}

export const test = base.extend<object, { clickhouse: ClickHouseSetup | undefined }>({
  clickhouse: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      if (localEngineMissing() !== undefined) {
        await use(undefined);
        return;
      }
      const server = await startLocalClickHouse({ files: [SAMPLE_FILE] });
      const origin = new URL(server.url).origin;
      const page = await buildAndServe(origin, workerInfo.workerIndex);
      const pageUrl = page.resolvedUrls?.local[0]?.replace(/\/$/, '');
      if (pageUrl === undefined) throw new Error('the preview server has no address');
      await use({ server, origin, pageUrl });
      await page.close();
      await server.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ clickhouse, baseURL }, use) => {
    await use(clickhouse?.pageUrl ?? baseURL);
  },
  allowedOrigins: async ({ clickhouse }, use) => {
    await use(clickhouse === undefined ? [] : [clickhouse.origin]);
  },
});

export { expect } from './app-page';
export { localEngineMissing };
