/**
 * The compact map in an iframe, loaded by embed.html's entry (boot.ts): reads
 * its view from its own address, links back to the full app beside it, and
 * reports its height to the embedding page.
 */
import { mountEmbed } from './mount';
import { reportHeight } from './resize';

const container = document.getElementById('root');
if (container) {
  const handle = mountEmbed(container, window.location.search, {
    appUrl: new URL('./index.html', window.location.href).href,
    themeHost: document.documentElement,
  });
  if (window.parent !== window) reportHeight(container, handle.options.frame, window.parent);
}
