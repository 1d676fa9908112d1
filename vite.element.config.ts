import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds dist/circular-trade.js, the ES module that defines
 * <circular-trade-graph>. React and the styles are inside it; the bundled
 * dataset is a chunk beside it, loaded relative to the module's own URL.
 */
export default defineConfig({
  plugins: [react()],
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
