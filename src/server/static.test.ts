import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.ts';
import { CONTENT_SECURITY_POLICY, fileFor, mimeOf } from './static.ts';
import { content } from './test/harness.ts';

const PORT = 4276;
const root = mkdtempSync(join(tmpdir(), 'act-early-dist-'));
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request (the path is sent as is, unlike fetch, which normalises `..`). */
function get(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Act Early</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'main-abc.js'), 'export {};');
  writeFileSync(join(root, 'app.webmanifest'), '{}');
  server = await startServer({ content, port: PORT, host: '127.0.0.1', distDir: root });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('fileFor', () => {
  it('keeps every path inside the folder', () => {
    expect(fileFor('/srv/dist', '/')).toBe('/srv/dist/index.html');
    expect(fileFor('/srv/dist', '/assets/a.js?v=1')).toBe('/srv/dist/assets/a.js');
    for (const bad of [
      '/../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/a/..%2f..%2fx',
      '/%00',
      '/%zz',
      'x',
    ]) {
      expect(fileFor('/srv/dist', bad)).toBeNull();
    }
  });

  it('names the MIME types of the build', () => {
    expect(mimeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeOf('a.WOFF2')).toBe('font/woff2');
    expect(mimeOf('a.unknown')).toBe('application/octet-stream');
  });
});

describe('the HTTP server', () => {
  it('serves the game with security headers and the right types', async () => {
    const index = await get('/?join=ABCDEF');
    expect(index.status).toBe(200);
    expect(index.body).toContain('Act Early');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['cache-control']).toBe('no-cache');
    const script = await get('/assets/main-abc.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await get('/app.webmanifest')).headers['content-type']).toContain('manifest+json');
  });

  it('refuses traversal, other methods, missing files and other origins', async () => {
    expect((await get('/../package.json')).status).toBe(400);
    expect((await get('/%2e%2e/package.json')).status).toBe(400);
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    const foreign = { headers: { Origin: 'http://evil.example' } };
    expect((await get('/', foreign)).status).toBe(403);
    expect((await get('/matchmake/create/classroom', { ...foreign, method: 'POST' })).status).toBe(
      403,
    );
    const own = { headers: { Origin: `http://127.0.0.1:${String(PORT)}` } };
    expect((await get('/', own)).status).toBe(200);
    expect((await get('/__healthcheck')).body).toBe('OK');
  });

  it('refuses a WebSocket from another origin', async () => {
    const upgrade = (origin: string) =>
      get('/anything', {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          Origin: origin,
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      }).catch((e: unknown) => (e instanceof Error ? e.message : 'error'));
    const refused = await upgrade('http://evil.example');
    expect(refused).toMatchObject({ status: 403 });
  });
});
