/**
 * One Node process on one port: the built game's files and the Colyseus classroom server.
 * With a Redis URL, rooms are shared between processes (Colyseus's Redis presence and driver),
 * so any process accepts a join for any room.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server, matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { contentFingerprint } from '../content/fingerprint.ts';
import type { Content } from '../content/schema.ts';
import { classroomRoom, randomCode } from './ClassroomRoom.ts';
import { RECONNECT_SECONDS, RETENTION_MINUTES, type RoomConfig } from './config.ts';
import { ROOM_NAME } from './protocol.ts';
import { DEFAULT_RATE_LIMIT, type RateLimit } from './rateLimit.ts';
import { SECURITY_HEADERS, serveStatic } from './static.ts';

/** Options of `startServer`. */
export interface ServeOptions {
  readonly content: Content;
  readonly port: number;
  /** Interface to listen on (all by default). */
  readonly host?: string;
  /** Folder of the built game; null serves no files (tests). */
  readonly distDir: string | null;
  readonly redisUrl?: string;
  /** `host:port` devices use to reach this process (set per process behind Redis). */
  readonly publicAddress?: string;
  readonly retentionMinutes?: number;
  readonly reconnectSeconds?: number;
  readonly rateLimit?: RateLimit;
}

/** A running server. */
export interface RunningServer {
  readonly colyseus: Server;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * What the game asks to learn whether its own origin runs rooms. A static host serves the
 * build's `rooms.json` (`false`); this server answers `true`, so the probe never meets a 404.
 */
export const ROOMS_PROBE = '/rooms.json';

/** Paths the Colyseus router answers; everything else is a file. */
const COLYSEUS_PATHS = ['/matchmake/', '/__healthcheck'];

/**
 * Whether a request comes from one of this server's own pages: browsers send `Origin` on
 * WebSocket upgrades and cross-origin requests; it must name the host the request was sent to.
 * Requests without one (the Node SDK, curl) carry no page to protect and are let through.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

/** Start the server; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const http = createServer();
  const redis = options.redisUrl;
  const config: RoomConfig = {
    content: options.content,
    fingerprint: contentFingerprint(options.content),
    reconnectSeconds: options.reconnectSeconds ?? RECONNECT_SECONDS,
    retentionMs: (options.retentionMinutes ?? RETENTION_MINUTES) * 60_000,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    now: () => performance.now(),
    newCode: () => randomCode(),
    codeTaken: async (code) => (await matchMaker.query({ roomId: code })).length > 0,
  };
  const colyseus = new Server({
    transport: new WebSocketTransport({ server: http }),
    greet: false,
    gracefullyShutdown: false,
    ...(redis === undefined
      ? {}
      : { presence: new RedisPresence(redis), driver: new RedisDriver(redis) }),
    ...(options.publicAddress === undefined ? {} : { publicAddress: options.publicAddress }),
  });
  colyseus.define(ROOM_NAME, classroomRoom(config));
  await colyseus.listen(options.port, options.host);
  const address = http.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;

  // Colyseus has bound its router and WebSocket upgrade to the HTTP server; put one gate in front.
  const colyseusRequest = http.listeners('request') as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  const colyseusUpgrade = http.listeners('upgrade') as ((
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => void)[];
  http.removeAllListeners('request');
  http.removeAllListeners('upgrade');
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!sameOrigin(req)) {
      refuseUpgrade(socket);
      return;
    }
    for (const listener of colyseusUpgrade) listener(req, socket, head);
  });
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!sameOrigin(req)) {
      res.writeHead(403).end();
      return;
    }
    const path = req.url ?? '/';
    if (COLYSEUS_PATHS.some((p) => path.startsWith(p))) {
      for (const listener of colyseusRequest) listener(req, res);
      return;
    }
    if (new URL(path, 'http://host').pathname.endsWith(ROOMS_PROBE)) {
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end('{ "rooms": true }\n');
      return;
    }
    if (options.distDir === null) {
      res.writeHead(404).end();
      return;
    }
    serveStatic(options.distDir, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  return {
    colyseus,
    port,
    close: () => colyseus.gracefullyShutdown(false),
  };
}
