/**
 * Just enough of the zip format to read an .xlsx package safely: the central directory (sizes and CRCs
 * checked against the limits before anything is inflated), and one entry at a time inflated as a stream
 * (fflate), stopped as soon as it passes its declared size, its CRC-32 checked at the end. A host with a
 * native inflater (Node's zlib, for the command line) hands it in as `NativeInflate`: each part is then inflated
 * by it a piece at a time into one reused buffer (or, by an inflater that cannot, in one call for parts up to
 * NATIVE_WHOLE_BYTES), under the same checks.
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

/** What a native inflater says of a part it could not inflate: `NativeInflateResult` without the bytes. */
export type NativeInflateFault = Exclude<NativeInflateResult, Uint8Array>;

/**
 * A host's own inflater (the command line hands in Node's zlib, several times faster than fflate). The reader
 * stays free of any platform: without one, it streams with fflate, as in the browser.
 */
export interface NativeInflate {
  /** Raw deflate data inflated in one call, never producing more than `maxBytes` + 1 bytes. */
  inflateRaw(data: Uint8Array, maxBytes: number): NativeInflateResult;
  /**
   * The zip's CRC-32 of `data`, continuing from `value` (the CRC-32 of the bytes before) when given; without it
   * the reader's own is used.
   */
  crc32?(data: Uint8Array, value?: number): number;
  /**
   * Raw deflate data inflated a piece at a time into one buffer used over and over, each piece handed to `take`
   * (which must copy what it keeps: the bytes change after it returns); stops once more than `maxBytes` came
   * out. Null when all of it inflated. Preferred to `inflateRaw`: the part is never held whole, so a big sheet
   * costs no fresh memory (on the bench's VM each fresh megabyte cost ~4 ms, more than inflating it).
   */
  inflateRawPieces?(
    data: Uint8Array,
    maxBytes: number,
    take: (piece: Uint8Array) => void
  ): NativeInflateFault | null;
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

/** The words for what can go wrong inflating a part, streamed or by the host's inflater. */
const INFLATE_FAULTS: Record<NativeInflateFault, string> = {
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

  /** The host's CRC-32 so far, when the host's is used. */
  private hostCrc = 0;

  /** `crc32`: the host's own; without it, ours. Either sums each chunk as it comes. */
  constructor(
    private readonly entry: ZipEntry,
    private readonly budget: ReadBudget,
    private readonly sink: (chunk: Uint8Array) => void,
    private readonly crc32?: (data: Uint8Array, value?: number) => number
  ) {}

  take(chunk: Uint8Array): void {
    this.produced += chunk.length;
    if (this.produced > this.entry.size)
      damaged(`${this.entry.name}: ${INFLATE_FAULTS["too-long"]}`);
    this.budget.spend(chunk.length);
    this.sink(chunk);
    // After the sink: a piece the sink refuses is not summed for nothing. (A chunk is the host's to reuse once
    // `take` returns, so the sum cannot wait.)
    if (this.crc32) this.hostCrc = this.crc32(chunk, this.hostCrc);
    else this.crc.update(chunk);
  }

  finish(): void {
    const { entry } = this;
    if (this.produced !== entry.size) damaged(`${entry.name}: shorter than declared`);
    const crc = this.crc32 ? this.hostCrc : this.crc.digest();
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
  if (native?.inflateRawPieces && entry.method === 8) {
    const output = new InflatedOutput(entry, budget, sink, native.crc32?.bind(native));
    const fault = native.inflateRawPieces(data, entry.size, (piece) => output.take(piece));
    if (fault) damaged(`${entry.name}: ${INFLATE_FAULTS[fault]}`);
    output.finish();
    return;
  }
  if (native && inflatesWhole(entry)) {
    // One call of the host's inflater (it stops just past the declared size), under the same checks.
    const result = native.inflateRaw(data, entry.size);
    if (typeof result === "string") damaged(`${entry.name}: ${INFLATE_FAULTS[result]}`);
    const output = new InflatedOutput(entry, budget, sink, native.crc32?.bind(native));
    if (result.length > 0) output.take(result);
    output.finish();
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
