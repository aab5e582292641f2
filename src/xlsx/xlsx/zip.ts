/**
 * Just enough of the zip format to read an .xlsx package safely: the central directory (sizes and CRCs
 * checked against the limits before anything is inflated), and one entry at a time inflated as a stream
 * (fflate), stopped as soon as it passes its declared size, its CRC-32 checked at the end. A host with a
 * native inflater (Node's zlib, for the command line) hands it in as `NativeInflate`: parts up to
 * NATIVE_WHOLE_BYTES are then inflated in one call, under the same checks.
 */
import { Inflate } from "fflate";
import { Crc32 } from "./crc32";
import { LIMITS, type Limits } from "./limits";
import { UnreadableWorkbookError } from "../unreadable";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: bounds the output of one push to ~1,000× this. */
const PUSH_BYTES = 16 * 1024;

/**
 * What a native inflater says of one part. `too-long`: the output passed the declared size (the inflater must
 * stop there, not inflate the rest); `ends-early`: the data stops before the end of its last block; `bad`:
 * anything else it could not inflate.
 */
export type NativeInflateResult = Uint8Array | "too-long" | "ends-early" | "bad";

/**
 * A host's own inflater (the command line hands in Node's zlib, several times faster than fflate). The reader
 * stays free of any platform: without one, it streams with fflate, as in the browser.
 */
export interface NativeInflate {
  /** Raw deflate data inflated in one call, never producing more than `maxBytes` + 1 bytes. */
  inflateRaw(data: Uint8Array, maxBytes: number): NativeInflateResult;
  /** The zip's CRC-32 of `data`; without it the reader's own is used. */
  crc32?(data: Uint8Array): number;
  /**
   * The same as `inflateRaw`, off the main thread (Node's thread pool): the reader inflates the next parts
   * while it reads this one. Never rejects; says what went wrong as `inflateRaw` does.
   */
  inflateRawAsync?(data: Uint8Array, maxBytes: number): Promise<NativeInflateResult>;
}

/**
 * Parts up to this size are inflated whole by a native inflater: the whole part is held once (the 100,000-unit
 * bench's biggest sheet is ~25 MB). A larger part is streamed, so that memory stays bounded by the chunk.
 */
const NATIVE_WHOLE_BYTES = 64 * 1024 ** 2;

function damaged(detail: string): never {
  throw new UnreadableWorkbookError("damaged", { detail });
}

function tooLarge(limit: string): never {
  throw new UnreadableWorkbookError("too-large", { detail: limit });
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** Reads the central directory; throws UnreadableWorkbookError for a broken one or one beyond the limits. */
export function readCentralDirectory(
  bytes: Uint8Array,
  limits: Limits = LIMITS
): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 long).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) damaged("no zip directory");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) tooLarge("zip64");
  if (count > limits.maxParts) tooLarge("parts");
  if (directoryOffset + directorySize > eocd) damaged("zip directory out of bounds");
  const entries = new Map<string, ZipEntry>();
  let totalDeclared = 0;
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      damaged("zip directory entry");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff)
      tooLarge("zip64");
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > eocd) damaged("zip directory entry");
    const rawName = bytes.subarray(at + 46, nameEnd);
    // Bit 11: the name is UTF-8; otherwise code page 437, which for the ASCII names of a package is the same.
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    totalDeclared += size;
    if (totalDeclared > limits.maxTotalDeclaredBytes) tooLarge("total-size");
    // The first entry of a name wins, as in the central directory order Excel reads.
    if (!entries.has(name))
      entries.set(name, { name, method, flags, crc, compressedSize, size, localHeaderOffset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Counts the bytes inflated over the whole package, against the limit on all parts read. */
export class ReadBudget {
  private used = 0;

  constructor(private readonly limits: Limits = LIMITS) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limits.maxReadBytes) tooLarge("total-size");
  }
}

/**
 * An entry's compressed bytes, once it has passed the checks made before inflating anything: not encrypted,
 * within the part size, within the ratio, its local header where the directory says.
 */
export function compressedData(bytes: Uint8Array, entry: ZipEntry, limits: Limits): Uint8Array {
  if (entry.flags & 0x1) throw new UnreadableWorkbookError("encrypted");
  if (entry.size > limits.maxPartBytes) tooLarge("part-size");
  if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio)
    tooLarge("ratio");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE)
    damaged(`${entry.name}: no local header`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) damaged(`${entry.name}: truncated`);
  return bytes.subarray(start, end);
}

/** Whether a native inflater takes this entry in one call (deflated, and small enough to hold whole). */
function inflatesWhole(entry: ZipEntry): boolean {
  return entry.method === 8 && entry.size <= NATIVE_WHOLE_BYTES;
}

/**
 * Starts inflating an entry off the main thread, when the host's inflater can and the entry passes the checks
 * made before inflating; undefined otherwise (the entry is then inflated, or refused, when its turn comes).
 */
export function startInflating(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: Limits,
  native: NativeInflate
): Promise<NativeInflateResult> | undefined {
  if (!native.inflateRawAsync || !inflatesWhole(entry)) return undefined;
  let data: Uint8Array;
  try {
    data = compressedData(bytes, entry, limits);
  } catch {
    return undefined;
  }
  return native.inflateRawAsync(data, entry.size);
}

/** An inflater that gives back what was inflated ahead, under the same checks as any other (inflateEntry). */
export function inflatedAhead(result: NativeInflateResult, native: NativeInflate): NativeInflate {
  const crc32 = native.crc32?.bind(native);
  return crc32 ? { inflateRaw: () => result, crc32 } : { inflateRaw: () => result };
}

/** The words for what can go wrong inflating a part, streamed or by the host's inflater. */
const INFLATE_FAULTS: Record<Exclude<NativeInflateResult, Uint8Array>, string> = {
  "too-long": "longer than declared",
  "ends-early": "compressed data ends early",
  bad: "bad compressed data",
};

/**
 * What a part inflates to, checked the same way however it is inflated: never past its declared size, within the
 * read budget, handed to the sink, then (once all of it is in) exactly its declared size and its CRC-32. The
 * CRC-32 is checked last, so a part whose XML breaks first is refused for that, streamed or whole.
 */
class InflatedOutput {
  private produced = 0;
  private readonly crc = new Crc32();

  /** `crc32`: the host's own, over the whole part at the end; without it, ours, chunk by chunk. */
  constructor(
    private readonly entry: ZipEntry,
    private readonly budget: ReadBudget,
    private readonly sink: (chunk: Uint8Array) => void,
    private readonly crc32?: (data: Uint8Array) => number
  ) {}

  take(chunk: Uint8Array): void {
    this.produced += chunk.length;
    if (this.produced > this.entry.size)
      damaged(`${this.entry.name}: ${INFLATE_FAULTS["too-long"]}`);
    this.budget.spend(chunk.length);
    if (!this.crc32) this.crc.update(chunk);
    this.sink(chunk);
  }

  /** `whole`: the whole part, when it came in one piece (for the host's CRC-32). */
  finish(whole?: Uint8Array): void {
    const { entry } = this;
    if (this.produced !== entry.size) damaged(`${entry.name}: shorter than declared`);
    const crc = this.crc32 && whole ? this.crc32(whole) : this.crc.digest();
    if (crc !== entry.crc) damaged(`${entry.name}: checksum does not match`);
  }
}

/**
 * Inflates one entry, handing its bytes to `sink` chunk by chunk. Checks the declared size and ratio before
 * inflating, stops as soon as the output passes the declared size, and checks the CRC-32 at the end.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => void,
  budget: ReadBudget,
  limits: Limits = LIMITS,
  native?: NativeInflate
): void {
  const data = compressedData(bytes, entry, limits);
  if (native && inflatesWhole(entry)) {
    // One call of the host's inflater (it stops just past the declared size), under the same checks.
    const result = native.inflateRaw(data, entry.size);
    if (typeof result === "string") damaged(`${entry.name}: ${INFLATE_FAULTS[result]}`);
    const output = new InflatedOutput(entry, budget, sink, native.crc32?.bind(native));
    if (result.length > 0) output.take(result);
    output.finish(result);
    return;
  }
  const output = new InflatedOutput(entry, budget, sink);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) damaged(`${entry.name}: stored size`);
    for (let at = 0; at < data.length; at += 1024 * 1024)
      output.take(data.subarray(at, Math.min(data.length, at + 1024 * 1024)));
  } else if (entry.method === 8) {
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (chunk.length > 0) output.take(chunk);
      if (final) finished = true;
    });
    try {
      for (let at = 0; at < data.length; at += PUSH_BYTES) {
        const stop = Math.min(data.length, at + PUSH_BYTES);
        inflater.push(data.subarray(at, stop), stop === data.length);
        if (finished) break;
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) throw error;
      damaged(`${entry.name}: ${INFLATE_FAULTS.bad}`);
    }
    if (!finished) damaged(`${entry.name}: ${INFLATE_FAULTS["ends-early"]}`);
  } else {
    damaged(`${entry.name}: compression method ${entry.method}`);
  }
  output.finish();
}
