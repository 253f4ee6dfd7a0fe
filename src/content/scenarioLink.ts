import {
  SCENARIO_LIMITS,
  type ScenarioBase,
  type ScenarioFile,
  type ScenarioFileResult,
  decodeScenarioFile,
} from './scenarioFile.ts';
import { type ScenarioReasonCode, scenarioError } from './scenarioReasons.ts';

/** A link's fragment starts `#scenario=1.`: the layout version, then the compressed file. */
export const SCENARIO_LINK_PREFIX = 'scenario=';
/** Version of the link's encoding (deflate-raw, then base64url). */
export const SCENARIO_LINK_VERSION = 1;
/** Longest fragment read: base64 of a file at the size limit, with room for the prefix. */
export const SCENARIO_LINK_LIMIT = Math.ceil((SCENARIO_LIMITS.bytes * 4) / 3) + 64;

// The few members of the Streams, Compression and Encoding APIs (browsers, Node 22) used here,
// typed locally because the pure modules compile without the DOM library.
interface Reader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface Writer {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface ByteTransform {
  readonly writable: { getWriter(): Writer };
  readonly readable: { getReader(): Reader };
}
type TransformConstructor = new (format: 'deflate-raw') => ByteTransform;
interface Platform {
  readonly CompressionStream: TransformConstructor;
  readonly DecompressionStream: TransformConstructor;
  readonly TextEncoder: new () => { encode(text: string): Uint8Array };
  readonly TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean },
  ) => { decode(bytes: Uint8Array): string };
}
const platform = globalThis as unknown as Platform;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX: ReadonlyMap<string, number> = new Map(
  Array.from({ length: ALPHABET.length }, (_, i) => [ALPHABET.charAt(i), i]),
);

/** Bytes as base64url, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63] ?? '';
  }
  return out;
}

/** base64url (no padding) as bytes, or undefined if it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = INDEX.get(char);
    if (digit === undefined) return undefined;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Bytes through a (de)compression transform; 'tooLarge' once the output passes `limit`. */
async function transform(
  bytes: Uint8Array,
  stream: ByteTransform,
  limit: number,
): Promise<Uint8Array | 'tooLarge'> {
  const writer = stream.writable.getWriter();
  // Written while read: awaiting the write first would wait on the reader (backpressure).
  const writing = writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value === undefined) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return 'tooLarge';
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Bytes compressed with raw DEFLATE (RFC 1951). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const packed = await transform(bytes, new platform.CompressionStream('deflate-raw'), Infinity);
  if (packed === 'tooLarge') throw new Error('unreachable: compression has no limit');
  return packed;
}

/**
 * Raw DEFLATE bytes decompressed, read chunk by chunk and abandoned once the output passes
 * `limit` bytes ('tooLarge'), so a small "bomb" never inflates in memory. Rejects on bad data.
 */
export async function inflateRaw(
  packed: Uint8Array,
  limit: number,
): Promise<Uint8Array | 'tooLarge'> {
  return transform(packed, new platform.DecompressionStream('deflate-raw'), limit);
}

/** A link fragment (without `#`) holding a scenario file, compressed. */
export async function encodeScenarioLink(file: ScenarioFile): Promise<string> {
  const packed = await deflateRaw(new platform.TextEncoder().encode(JSON.stringify(file)));
  return `${SCENARIO_LINK_PREFIX}${String(SCENARIO_LINK_VERSION)}.${toBase64Url(packed)}`;
}

function refuse(code: ScenarioReasonCode, params: Record<string, string | number> = {}) {
  return { ok: false as const, errors: [scenarioError([], code, params)] };
}

async function decodeLink(fragment: string, base: ScenarioBase): Promise<ScenarioFileResult> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > SCENARIO_LINK_LIMIT) {
    return refuse('tooLarge', { maximum: SCENARIO_LIMITS.bytes });
  }
  const match = /^scenario=(\d+)\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!match) return refuse('badLink');
  const version = Number(match[1]);
  if (version !== SCENARIO_LINK_VERSION) {
    return refuse('unsupportedVersion', { version, supported: SCENARIO_LINK_VERSION });
  }
  const packed = fromBase64Url(match[2] ?? '');
  if (packed === undefined) return refuse('badLink');
  let bytes: Uint8Array | 'tooLarge';
  try {
    bytes = await inflateRaw(packed, SCENARIO_LIMITS.bytes);
  } catch {
    return refuse('badLink');
  }
  if (bytes === 'tooLarge') return refuse('tooLarge', { maximum: SCENARIO_LIMITS.bytes });
  let json: string;
  try {
    json = new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('badLink');
  }
  return decodeScenarioFile(json, base);
}

/**
 * Decode a link's fragment (with or without `#`) back into a scenario file, through the same
 * validation as a file; the decompressed text is capped at the file limit. Never rejects.
 */
export async function decodeScenarioLink(
  fragment: string,
  base: ScenarioBase,
): Promise<ScenarioFileResult> {
  try {
    return await decodeLink(fragment, base);
  } catch {
    return refuse('invalid');
  }
}
