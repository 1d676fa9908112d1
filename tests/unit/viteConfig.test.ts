/**
 * A new user's first screen: `npm run dev` must not open with Vite's warnings
 * about the config (extensionless or directory imports, which the native config
 * loader will not support). Loads each config exactly as Vite does and listens
 * to its logger.
 */
import { resolve } from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe.each(['vite.config.ts', 'vite.element.config.ts', 'vitest.config.ts'])('%s', (file) => {
  it('loads without a warning', async () => {
    const said: string[] = [];
    const logger = createLogger('info');
    logger.warn = (msg) => void said.push(msg);
    logger.warnOnce = (msg) => void said.push(msg);
    const loaded = await loadConfigFromFile(
      { command: 'serve', mode: 'development' },
      resolve(root, file),
      root,
      'info',
      logger,
    );
    expect(loaded?.config).toBeTruthy();
    expect(said).toEqual([]);
  });
});
