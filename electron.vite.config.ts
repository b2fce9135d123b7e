import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const shared = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        // The CLI is built beside the desktop entry so that a packaged app ships both; in a
        // checkout, bin/edition.cjs runs the TypeScript source directly. The parse worker is
        // an entry of its own: worker threads start from a file (see ingest/parse-pool.ts).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
          'parse-worker': resolve(__dirname, 'src/main/ingest/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
  },
  renderer: {
    resolve: {
      alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') },
    },
    plugins: [react()],
  },
});
