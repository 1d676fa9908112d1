// Serves dist/ under a deep sub-path (/blog/assets/map/), as a static host
// would when the built folder is copied into some folder of a site. Used by
// the browser tests to prove the build works from any sub-path.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = new URL('../../dist/', import.meta.url).pathname;
const prefix = '/blog/assets/map/';
const port = Number(process.env.SUBPATH_PORT ?? 4175);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404).end('not here');
    return;
  }
  const rel = normalize(url.pathname.slice(prefix.length) || 'index.html').replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(root, rel));
    res
      .writeHead(200, { 'content-type': types[extname(rel)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1');
