// Build, preview and unit-test configuration. Workers are bundled as ES modules so the
// engine can import the generated validator like any other module. The production page
// carries a Content-Security-Policy (see README, "Security model"); the dev server does
// not, because its hot-reload client injects inline styles.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { connectOrigins, contentSecurityPolicy } from './scripts/content-security-policy.ts';

// `CWS_CONNECT_SRC="<origin> …"` adds ClickHouse servers to connect-src (README, "Connecting
// to ClickHouse"); unset, the page may connect to its own origin only.
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(
  connectOrigins(process.env['CWS_CONNECT_SRC']),
);

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  worker: { format: 'es' },
  build: { target: 'es2023', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'clickhouse/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**'],
    environment: 'node',
  },
});
