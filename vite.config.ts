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

interface LayoutCacheCheckModule {
  layoutCacheIsCurrent(datasetText: string, savedText: string): boolean;
}

interface PictureModule {
  defaultPictureSvg(datasetText: string): { svg: string; alt: string; title: string };
  pngOf(svg: string): Uint8Array;
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

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The static picture of the default view (src/build/ogImage.ts): `og.png`,
 * 1200 × 630, for social cards and the embed snippet's fallback, and `map.svg`
 * for <noscript>; the pages get og: and twitter: tags naming it. Social sites
 * want an absolute image URL: set SITE_URL (the folder's public address) when
 * building for a known host; without it the URL is relative to the page.
 */
function socialPicture(): Plugin {
  let picture: Promise<{ svg: string; alt: string; title: string; png: Uint8Array }> | null = null;
  const make = () =>
    (picture ??= buildModule<PictureModule>('ogImage.ts').then((m) => {
      const p = m.defaultPictureSvg(readFileSync(DATASET, 'utf8'));
      return { ...p, png: m.pngOf(p.svg) };
    }));
  const site = (process.env.SITE_URL ?? '').replace(/\/?$/, process.env.SITE_URL ? '/' : '');
  return {
    name: 'circular-trade:social-picture',
    apply: 'build',
    async transformIndexHtml(html) {
      if (!html.includes('<!--social-meta-->')) return html;
      const p = await make();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Circular trade';
      const description =
        /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1] ??
        "An interactive map of the AI economy's circular deals.";
      const image = `${site || './'}og.png`;
      const tags = [
        ['property', 'og:type', 'website'],
        ['property', 'og:title', title],
        ['property', 'og:description', description],
        ['property', 'og:image', image],
        ['property', 'og:image:width', '1200'],
        ['property', 'og:image:height', '630'],
        ['property', 'og:image:alt', p.alt],
        ['name', 'twitter:card', 'summary_large_image'],
        ['name', 'twitter:title', title],
        ['name', 'twitter:description', description],
        ['name', 'twitter:image', image],
        ['name', 'twitter:image:alt', p.alt],
      ]
        .map(
          ([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeAttr(value ?? '')}" />`,
        )
        .join('\n    ');
      const img = `<img src="./map.svg" width="1200" height="630" alt="${escapeAttr(p.alt)}" style="max-width: 100%; height: auto" />`;
      return html.replace('<!--social-meta-->', tags).replace('<!--noscript-picture-->', img);
    },
    async generateBundle() {
      const p = await make();
      this.emitFile({ type: 'asset', fileName: 'og.png', source: p.png });
      this.emitFile({ type: 'asset', fileName: 'map.svg', source: p.svg });
    },
  };
}

/**
 * The saved layouts of the bundled dataset (src/layout/layoutCache.json, from
 * `npm run layout-cache`) go into a build only while they are exactly what the
 * simulation gives for the data as it is: a stale file is left out, with a
 * warning, and the map lays the data out at load as it would without a cache.
 * The custom element's build (vite.element.config.ts) does the same.
 */
function layoutCacheGuard(): Plugin {
  return {
    name: 'circular-trade:layout-cache-guard',
    async load(id) {
      if (!id.endsWith('/src/layout/layoutCache.json')) return null;
      const check = await buildModule<LayoutCacheCheckModule>('layoutCacheCheck.ts');
      if (check.layoutCacheIsCurrent(readFileSync(DATASET, 'utf8'), readFileSync(id, 'utf8')))
        return null;
      this.warn(
        'src/layout/layoutCache.json is not the layout of the data and simulation as they are: left out of this build. Run `npm run layout-cache`.',
      );
      return '{ "entries": [] }';
    },
  };
}

/**
 * Each page's entry is a small boot module (src/app/boot.ts, src/embed/boot.ts)
 * that starts reading the dataset and then imports the page's code. A dynamic
 * import is only fetched once it runs; a `modulepreload` link for that chunk and
 * the chunks it imports lets the browser download them from the moment it reads
 * the page, beside the boot module and the dataset.
 */
function preloadPageCode(): Plugin {
  return {
    name: 'circular-trade:preload-page-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return html;
        const page = chunk.dynamicImports
          .map((file) => bundle[file])
          .find(
            (c) =>
              c?.type === 'chunk' && /src\/(app|embed)\/main\.tsx$/.test(c.facadeModuleId ?? ''),
          );
        if (!page || page.type !== 'chunk') return html;
        const files: string[] = [];
        const visit = (file: string) => {
          const c = bundle[file];
          if (files.includes(file) || chunk.imports.includes(file) || c?.type !== 'chunk') return;
          files.push(file);
          c.imports.forEach(visit);
        };
        visit(page.fileName);
        return {
          html,
          tags: files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          })),
        };
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any folder of any static host.
  base: './',
  plugins: [
    react(),
    publishDataset(),
    noscriptLoops(),
    socialPicture(),
    preloadPageCode(),
    layoutCacheGuard(),
  ],
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
