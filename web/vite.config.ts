import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway serves dist/ at / under a strict Content-Security-Policy (default-src 'self'):
// nothing may be inlined into index.html or turned into a data: URL.
export default defineConfig({
  plugins: [react()],
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
  },
});
