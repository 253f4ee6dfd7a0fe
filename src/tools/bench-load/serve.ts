import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
};
/** What a static host compresses: text, never already compressed media. */
const COMPRESSED: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
]);

/**
 * Serves folders the way a plain static host does, each under its URL prefix (`/game/`): files
 * as they are, text gzip-compressed when the browser accepts it.
 */
export async function serveStatic(
  folders: Readonly<Record<string, string>>,
  port: number,
): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const [, prefix = '', ...rest] = path.split('/');
    const root = folders[prefix];
    const inner = `/${rest.join('/')}`;
    const file = root ? join(root, inner.endsWith('/') ? `${inner}index.html` : inner) : '';
    if (!root || !file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    const type = extname(file);
    readFile(file).then(
      (body) => {
        const gzip =
          COMPRESSED.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
        let payload: Buffer = body;
        if (gzip) {
          payload = cache.get(file) ?? gzipSync(body);
          cache.set(file, payload);
        }
        response.writeHead(200, {
          'content-type': TYPES[type] ?? 'application/octet-stream',
          'content-length': payload.length,
          'cache-control': 'no-cache',
          ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        });
        response.end(payload);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
