import { writeAll } from "../../src/cli/write-output";

async function written(
  pieces: string[],
  wait = false
): Promise<{ bytes: Buffer; chunks: Uint8Array[] }> {
  const chunks: Uint8Array[] = [];
  await writeAll(pieces, (data) => {
    if (typeof data === "string") throw new Error("a long report is written as bytes");
    chunks.push(data);
    // A full pipe: the writer asks to wait before the next chunk.
    return wait ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
  });
  return { bytes: Buffer.concat(chunks), chunks };
}

const MIXED = [
  "Tổ chức cơ sở đảng\n",
  "plain ascii line\n",
  "emoji 🇻🇳 pair 😀\n",
  "\u2028\u2029 separators\n",
  "",
  "x",
];

describe("writing a long report", () => {
  it("writes exactly the UTF-8 of the pieces joined, in chunks that each decode on their own", async () => {
    const pieces: string[] = [];
    for (let i = 0; i < 20_000; i++) pieces.push(MIXED[i % MIXED.length].repeat(1 + (i % 7)));
    // Pieces of every size around the short-piece and chunk limits, some bigger than a chunk.
    for (const size of [255, 256, 257, 4095, 4096, 21_845, 21_846, 65_536, 200_000]) {
      pieces.push("ệ".repeat(size), "a".repeat(size), `${"😀".repeat(size >> 1)}z`);
    }
    for (const wait of [false, true]) {
      const { bytes, chunks } = await written(pieces, wait);
      expect(bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
      expect(chunks.length).toBeGreaterThan(10);
      for (const chunk of chunks) {
        // A chunk never splits a character: each is valid UTF-8 by itself.
        expect(() => new TextDecoder("utf-8", { fatal: true }).decode(chunk)).not.toThrow();
      }
      // Few writes: not one per line.
      expect(chunks.length).toBeLessThan(pieces.length / 50);
    }
  });

  it("reuses one chunk while the writer says it wrote each out, and a new one whenever it may still hold one", async () => {
    const pieces = Array.from({ length: 30_000 }, (_, i) => MIXED[i % MIXED.length]);
    const expected = Buffer.from(pieces.join(""), "utf8");

    /** The chunks as the writer saw them when handed over (copied) and as they are at the end (held). */
    async function handed(drained: (() => boolean) | undefined, wait = false) {
      const copies: Buffer[] = [];
      const held: Uint8Array[] = [];
      await writeAll(
        pieces,
        (data) => {
          if (typeof data === "string") throw new Error("a long report is written as bytes");
          copies.push(Buffer.from(data));
          held.push(data);
          return wait ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
        },
        drained
      );
      return { copies, held, buffers: new Set(held.map((chunk) => chunk.buffer)).size };
    }

    // A file: each chunk is written out before write() returns, so the next one can take its place.
    const file = await handed(() => true);
    expect(file.copies.length).toBeGreaterThan(3);
    expect(file.buffers).toBe(1);
    expect(Buffer.concat(file.copies).equals(expected)).toBe(true);

    // A busy pipe keeps what it was handed (no copy) until it is written out; so does a writer that asks to
    // wait: no chunk may be reused meanwhile, and what each holds at the end is still what it was handed.
    for (const busy of [
      await handed(() => false),
      await handed(undefined),
      await handed(() => true, true),
    ]) {
      expect(busy.buffers).toBe(busy.held.length);
      expect(Buffer.concat(busy.held).equals(expected)).toBe(true);
    }
  });

  it("writes nothing for no pieces, and a short report in one write", async () => {
    expect((await written([])).chunks).toHaveLength(0);
    const { chunks, bytes } = await written(["Tệp a.xlsx: SẴN SÀNG\n", "\n", "Không có lỗi.\n"]);
    expect(chunks).toHaveLength(1);
    expect(bytes.toString("utf8")).toBe("Tệp a.xlsx: SẴN SÀNG\n\nKhông có lỗi.\n");
  });
});
