import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * write-excel-file zips a workbook with fflate's `zip`, which starts a Web Worker from a blob:
 * URL for files over 160 KB; the CSP refuses that worker. Its imports of fflate are pointed at
 * src/ui/zipInPage.ts: fflate, with the same `zip` on the page's thread (ui/xlsx.test.ts writes a table
 * large enough to need it).
 */
function zipInPage(): Plugin {
  const shim = fileURLToPath(new URL('./src/ui/zipInPage.ts', import.meta.url));
  return {
    name: 'sentia-zip-in-page',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'fflate' && importer?.includes('/write-excel-file/') === true ? shim : null;
    },
  };
}

// The gateway serves dist/ at / under a strict Content-Security-Policy (default-src 'self'):
// nothing may be inlined into index.html or turned into a data: URL.
export default defineConfig({
  plugins: [react(), zipInPage()],
  build: {
    // Under Maven's target/ so `./mvnw clean` removes it; packaged as classpath sentia-web/.
    outDir: 'target/dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    sourcemap: false,
    // Reported, not enforced here: the initial bundle's budget is checked by scripts/check-budget.mjs.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev`: API, sign-in and logout go to a gateway on :8080 so cookies stay same-origin.
    proxy: Object.fromEntries(
      ['/api', '/oauth2', '/login', '/logout', '/connect', '/auth-assets'].map((path) => [
        path,
        { target: 'http://localhost:8080', changeOrigin: false },
      ]),
    ),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Through Vite, so that the zipInPage plugin applies to write-excel-file in the tests too.
    server: { deps: { inline: ['write-excel-file'] } },
  },
});
