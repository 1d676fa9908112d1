import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

/**
 * As in vite.config.ts (`layoutCacheGuard`, not imported from there: config
 * files stay plain for any config loader): the bundled dataset's saved layouts
 * go in only while they are what the simulation gives for the data as it is.
 */
function layoutCacheGuard(): Plugin {
  return {
    name: 'circular-trade:layout-cache-guard',
    async load(id) {
      if (!id.endsWith('/src/layout/layoutCache.json')) return null;
      const { module: check } = await runnerImport<{
        layoutCacheIsCurrent(datasetText: string, savedText: string): boolean;
      }>(resolve(import.meta.dirname, 'src/build/layoutCacheCheck.ts'), {
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'error',
      });
      const data = readFileSync(
        resolve(import.meta.dirname, 'data/ai-circular-deals.json'),
        'utf8',
      );
      if (check.layoutCacheIsCurrent(data, readFileSync(id, 'utf8'))) return null;
      this.warn('src/layout/layoutCache.json is stale: left out. Run `npm run layout-cache`.');
      return '{ "entries": [] }';
    },
  };
}

/**
 * Builds dist/circular-trade.js, the ES module that defines
 * <circular-trade-graph>. React and the styles are inside it; the bundled
 * dataset is a chunk beside it, loaded relative to the module's own URL.
 */
export default defineConfig({
  plugins: [react(), layoutCacheGuard()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Relative, so the dataset worker is found beside this module on any sub-path.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    emptyOutDir: false,
    // Lib builds are not minified by default; this one is served as it is.
    minify: true,
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/embed/element.ts'),
      formats: ['es'],
      fileName: () => 'circular-trade.js',
    },
    rollupOptions: {
      output: { chunkFileNames: 'element/[name]-[hash].js', minify: true },
    },
  },
});
