/**
 * The big parts (shared strings, then each sheet) inflated ahead, off the main thread, while the reader reads
 * the part before: with Node's zlib on its thread pool the command line's second core inflates while the first
 * parses. At most AHEAD_BYTES of declared size are inflated ahead at a time, so memory stays bounded; a host
 * without an asynchronous inflater (the browser's fflate) reads each part in its turn, as before.
 */
import type { Limits } from "./limits";
import {
  inflatedAhead,
  startInflating,
  type NativeInflate,
  type NativeInflateResult,
  type ZipEntry,
} from "./zip";

/**
 * Declared bytes inflated ahead of the part being read, or the one next part when it is bigger: small parts go
 * together, a big one alone. (Every part at once, 64 MB ahead, made the bench workbook's read ~15% slower in wall
 * and CPU time: four inflates and the parser on two cores, and the garbage collector pressed by 45 MB of buffers at
 * once.) With the part being read (at most 64 MB, NATIVE_WHOLE_BYTES), a hostile package holds at most 128 MB
 * inflated; at the start, the first two parts.
 */
const AHEAD_BYTES = 8 * 1024 ** 2;

export class InflateAhead {
  private readonly started = new Map<ZipEntry, Promise<NativeInflateResult>>();
  private next = 0;
  private inFlight = 0;

  /** `order`: the entries in the order they will be read. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly order: readonly ZipEntry[],
    private readonly limits: Limits,
    private readonly native: NativeInflate | undefined,
    private readonly aheadBytes: number = AHEAD_BYTES
  ) {
    // At the start the reader waits for the first part with nothing else to read: the next part inflates beside
    // it rather than after it (at 100,000 units the reader then no longer waits ~20-40 ms for the first sheet).
    this.fill(true);
  }

  private fill(starting = false): void {
    const native = this.native;
    if (!native?.inflateRawAsync) return;
    while (this.next < this.order.length) {
      const entry = this.order[this.next];
      const besideFirst = starting && this.next === 1;
      if (this.inFlight > 0 && this.inFlight + entry.size > this.aheadBytes && !besideFirst) return;
      this.next++;
      if (this.started.has(entry)) continue;
      const pending = startInflating(this.bytes, entry, this.limits, native);
      if (!pending) continue;
      this.started.set(entry, pending);
      this.inFlight += entry.size;
    }
  }

  /** The inflater to read `entry` with: what was inflated ahead for it, or else the host's own. */
  async inflaterFor(entry: ZipEntry): Promise<NativeInflate | undefined> {
    const native = this.native;
    const pending = this.started.get(entry);
    if (!native || !pending) return native;
    this.started.delete(entry);
    const result = await pending;
    this.inFlight -= entry.size;
    this.fill();
    return inflatedAhead(result, native);
  }
}
