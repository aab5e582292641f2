/**
 * Node's own zlib as the .xlsx reader's inflater: several times faster than fflate in JavaScript, with the same
 * bounds. The reader stays free of Node; the command line hands this in.
 */
import zlib from "node:zlib";
import type { NativeInflate, NativeInflateFault, NativeInflateResult } from "../xlsx";

/** Node's errors for a deflate stream that stops before its last block. */
const ENDS_EARLY = new Set(["Z_BUF_ERROR"]);

/**
 * zlib stops as soon as its output passes maxOutputLength (it checks after each chunk), so a bomb costs no more
 * than the declared size; one chunk of the declared size means one buffer and no joining.
 */
function options(maxBytes: number): zlib.ZlibOptions {
  return {
    maxOutputLength: maxBytes + 1,
    chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, maxBytes + 1),
  };
}

function failure(error: unknown): NativeInflateFault {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === "ERR_BUFFER_TOO_LARGE") return "too-long";
  if (typeof code === "string" && ENDS_EARLY.has(code)) return "ends-early";
  return "bad";
}

function bytesOf(out: Buffer): Uint8Array {
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function inflateRaw(data: Uint8Array, maxBytes: number): NativeInflateResult {
  try {
    return bytesOf(zlib.inflateRawSync(data, options(maxBytes)));
  } catch (error) {
    return failure(error);
  }
}

/**
 * The parts of a zlib stream that `zlib.inflateRawSync` itself drives (lib/zlib.js, processChunkSync): the
 * native handle, which inflates into a buffer and place it is given, and the two counts it leaves after each call
 * (output space, then input, left over). Not public: looked for once, and parts inflated whole without them.
 */
interface Handle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inputOffset: number,
    inputLength: number,
    output: Uint8Array,
    outputOffset: number,
    outputLength: number
  ): void;
}

interface ZlibInternals {
  readonly _handle?: Partial<Handle>;
  readonly _writeState?: unknown;
}

/**
 * Bytes per piece: the piece is still in the processor's cache when the reader reads it. (On the bench's
 * 100,000-unit workbook, 16, 32 and 64 KB ran alike; 256 KB took ~1.05× and 1 MB ~1.09× the wall time.)
 */
const PIECE_BYTES = 64 * 1024;
let piece: Uint8Array | undefined;

/** A zlib stream and the parts of it that inflateRawPieces drives, when this Node has them. */
function internalStream(): { stream: zlib.InflateRaw; handle: Handle; state: Uint32Array } | null {
  const stream = zlib.createInflateRaw() as zlib.InflateRaw & ZlibInternals;
  const handle = stream._handle;
  const state = stream._writeState;
  // isView, not instanceof: zlib's array may come from another realm (a test runner's).
  if (
    typeof handle?.writeSync !== "function" ||
    !ArrayBuffer.isView(state) ||
    !(state.byteLength >= 8)
  ) {
    stream.close();
    return null;
  }
  return { stream, handle: handle as Handle, state: state as Uint32Array };
}

/**
 * Inflates into one buffer of PIECE_BYTES, used for every piece of every part: zlib's work is the same, but the
 * 52 MB of XML of the bench's 100,000-unit workbook never become fresh memory, which cost more than inflating.
 */
function inflateRawPieces(
  data: Uint8Array,
  maxBytes: number,
  take: (piece: Uint8Array) => void
): NativeInflateFault | null {
  const internal = internalStream();
  if (!internal) return "bad";
  const { stream, handle, state } = internal;
  // A fault is reported through the stream (destroyed, `errored`), whose 'error' event must not go unheard.
  stream.on("error", () => undefined);
  const out = (piece ??= new Uint8Array(PIECE_BYTES));
  let at = 0;
  let left = data.length;
  let produced = 0;
  try {
    for (;;) {
      handle.writeSync(zlib.constants.Z_FINISH, data, at, left, out, 0, out.length);
      if (stream.destroyed) return failure(stream.errored);
      const outLeft = state[0];
      const inLeft = state[1];
      const made = out.length - outLeft;
      produced += made;
      if (produced > maxBytes) return "too-long";
      at += left - inLeft;
      left = inLeft;
      if (made > 0) take(out.subarray(0, made));
      // Room left in the buffer: the stream has ended (an early end is a fault, above).
      if (outLeft !== 0) return null;
    }
  } finally {
    stream.close();
  }
}

/** Whether this Node's zlib streams have the parts inflateRawPieces drives; without them, parts inflate whole. */
const hasPieces = ((): boolean => {
  const internal = internalStream();
  internal?.stream.close();
  return internal !== null;
})();

/** zlib.crc32 came in Node 20.15 and 22.2; on an older Node the reader's own CRC-32 is used. */
const crc32 =
  typeof zlib.crc32 === "function"
    ? (data: Uint8Array, value?: number) => zlib.crc32(data, value)
    : undefined;

export const nodeInflate: NativeInflate = {
  inflateRaw,
  ...(hasPieces ? { inflateRawPieces } : {}),
  ...(crc32 ? { crc32 } : {}),
};
