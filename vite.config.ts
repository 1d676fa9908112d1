import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { describeLoops } from './src/embed/describe';
import { escapeHtml } from './src/embed/snippet';
import { buildMoneyGraph, findTopLoops } from './src/graph';
import { indexDataset, parseDatasetText } from './src/model';

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
        source: readFileSync(resolve(import.meta.dirname, 'data/ai-circular-deals.json')),
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
  return {
    name: 'circular-trade:noscript-loops',
    transformIndexHtml(html) {
      if (!html.includes('<!--noscript-loops-->')) return html;
      const parsed = parseDatasetText(
        readFileSync(resolve(import.meta.dirname, 'data/ai-circular-deals.json'), 'utf8'),
      );
      if (!parsed.ok) throw new Error('noscript-loops: the bundled dataset is not valid');
      const { dataset } = parsed;
      const graph = buildMoneyGraph(dataset.companies, dataset.deals, {
        usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
      });
      const search = findTopLoops(graph, { maxLength: 6, limit: 50, timeBudgetMs: 5000 });
      const text = describeLoops(search, indexDataset(dataset, dataset.deals));
      return html.replace('<!--noscript-loops-->', escapeHtml(text));
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), publishDataset(), noscriptLoops()],
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
