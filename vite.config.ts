import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

/*
 * This file imports no project source: whatever it needs from src/ is loaded
 * at hook time through Vite's module runner (`buildModule`), so the config
 * itself is plain enough for any config loader and src/ keeps its own
 * (extensionless, bundler-style) imports.
 */
const DATASET = resolve(import.meta.dirname, 'data/ai-circular-deals.json');

/** Loads a build-time module from src/build/ as the app's code is loaded. */
async function buildModule<T>(name: string): Promise<T> {
  const { module } = await runnerImport<T>(resolve(import.meta.dirname, 'src/build', name), {
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'error',
  });
  return module;
}

interface NoscriptModule {
  noscriptLoopsHtml(datasetText: string): string;
}

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
        source: readFileSync(DATASET),
      });
    },
  };
}

/**
 * Readers without scripts still get the story: the pages' <noscript> carries a
 * text description of the top loops of the bundled dataset, computed at build
 * time by the same engine the app runs.
 */
function noscriptLoops(): Plugin {
  // Both pages ask for it; the dataset does not change during one build.
  let text: Promise<string> | null = null;
  return {
    name: 'circular-trade:noscript-loops',
    async transformIndexHtml(html) {
      if (!html.includes('<!--noscript-loops-->')) return html;
      text ??= buildModule<NoscriptModule>('noscript.ts').then((m) =>
        m.noscriptLoopsHtml(readFileSync(DATASET, 'utf8')),
      );
      return html.replace('<!--noscript-loops-->', await text);
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), publishDataset(), noscriptLoops()],
  // The dataset worker (src/state/datasetWorker.ts) is an ES module, like the app.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  server: { port: 5173 },
  // The embed tests load the custom element from another origin, as a blog would.
  preview: { port: 4173, cors: true },
});
