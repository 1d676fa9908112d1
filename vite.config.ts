import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Publishes the bundled dataset beside the app as `data/ai-circular-deals.json`,
 * so readers can download the data behind the chart and others can link to it.
 */
function publishDataset(): Plugin {
  return {
    name: 'circular-trade:publish-dataset',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/ai-circular-deals.json',
        source: readFileSync(resolve(__dirname, 'data/ai-circular-deals.json')),
      });
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), publishDataset()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: resolve(__dirname, 'index.html'),
        embed: resolve(__dirname, 'embed.html'),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
