/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The production build is served by the nginx gateway under a strict CSP
// (script-src 'self'; style-src 'self'), so the build must emit only external
// scripts and stylesheets: no inline <script> or <style>.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Keep every asset a separate file (no data: URIs that a strict CSP might block).
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The libraries change less often than the app: a separate file, cached across releases
        // (and each file stays under the 500 kB warning limit).
        // The texts of both languages (plain data, importing nothing of the app) are a file of their own too.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            { name: 'texts', test: /src[\\/].*([\\/]i18n[\\/](en|da)|\.(en|da))\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    // During `npm run dev`, API calls go to the local gateway.
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // component tests drive a whole page through user events; on a busy 2-core machine one can take longer
    // than the default 5 s, which would fail it for the machine's sake, not the code's
    testTimeout: 20_000,
  },
});
