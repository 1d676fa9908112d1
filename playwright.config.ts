import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/chromium';

/**
 * Browser tests run the built app (`npm run build`) under `vite preview`, in the
 * system Chromium: this machine cannot download Playwright's own browsers.
 */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // dist/ again, under a deep sub-path, as a static host would serve a copy.
      command: 'node tests/e2e/serve-subpath.mjs',
      url: 'http://127.0.0.1:4175/blog/assets/map/index.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
