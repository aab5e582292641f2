/**
 * The command line reads .xlsx parts with Node's zlib (src/cli/native-inflate.ts), the browser with fflate. Both
 * must read every workbook alike: the same snapshot, or a refusal for the same reason, and at the zip level the
 * same words. A zip bomb must stop at its declared size, whichever inflates it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import type { WorkbookSnapshot } from "../../src/core";
import { nodeInflate } from "../../src/cli/native-inflate";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import { readXlsx } from "../../src/xlsx/xlsx/read-xlsx";
import { LIMITS } from "../../src/xlsx/xlsx/limits";
import type { NativeInflate } from "../../src/xlsx/xlsx/zip";
import { committeeWorkbook } from "../cli/committee-workbook";
import { damagedFiles, hostileFiles, type CorpusFile } from "../fuzz/corpus";
import { workbookParts, zipParts } from "../support/xlsx-parts";

const ROOT = join(__dirname, "..", "..");

type Outcome = { snapshot: WorkbookSnapshot } | { refused: string; detail?: string };

function refusal(error: unknown): Outcome {
  if (!(error instanceof UnreadableWorkbookError)) return { refused: "damaged" };
  // A sheet's damage is said as the sheet's name; the zip's words are in its cause.
  const cause = error.cause instanceof UnreadableWorkbookError ? error.cause : error;
  return { refused: error.reason, detail: cause.detail };
}

function read(bytes: Uint8Array, native?: NativeInflate, limits = LIMITS): Outcome {
  try {
    return { snapshot: readXlsx(bytes, limits, native) };
  } catch (error) {
    return refusal(error);
  }
}

/** As the command line reads: zlib, each part a piece at a time into one reused buffer. */
function readInPieces(bytes: Uint8Array, limits = LIMITS): Outcome {
  expect(nodeInflate.inflateRawPieces).toBeDefined();
  return read(bytes, nodeInflate, limits);
}

/** zlib as a host without pieces would use it: each part inflated whole, in one call. */
const zlibWhole: NativeInflate = {
  inflateRaw: nodeInflate.inflateRaw,
  crc32: nodeInflate.crc32,
};

function partOf(detail: string | undefined): string | undefined {
  return detail?.split(":")[0];
}

function withoutDetail(outcome: Outcome): Outcome {
  return "refused" in outcome ? { refused: outcome.refused } : outcome;
}

function filesIn(folder: string): CorpusFile[] {
  return readdirSync(join(ROOT, folder))
    .filter((name) => /\.xls[xm]$/.test(name))
    .map((name) => ({ name, bytes: readFileSync(join(ROOT, folder, name)) }));
}

/** A one-sheet package holding `sheet` as its sheet part, deflated. */
function packageWithSheet(sheet: Uint8Array): Uint8Array {
  return zipParts({
    ...workbookParts([{ name: "Tổ chức cơ sở đảng", body: "<sheetData/>" }]),
    "xl/worksheets/sheet1.xml": sheet,
  });
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe("Node's zlib reads as fflate does", () => {
  const files = [...filesIn("assets/samples"), ...filesIn("test/fixtures/libreoffice")];
  it.each(files.map((file) => [file.name, file] as const))(
    "reads %s to the same snapshot",
    async (_name, file) => {
      const streamed = read(file.bytes);
      expect(streamed).toHaveProperty("snapshot");
      expect(read(file.bytes, zlibWhole)).toEqual(streamed);
      expect(readInPieces(file.bytes)).toEqual(streamed);
    }
  );

  it("reads the hostile files and 300 damaged committee workbooks alike: the same snapshot or the same refusal, naming the same part", async () => {
    const intact = [{ name: "committee.xlsx", bytes: await committeeWorkbook() }];
    const refusals = new Set<string>();
    const corpus = [...hostileFiles(), ...damagedFiles(intact, 20261130, 300)];
    for (const file of corpus) {
      const streamed = read(file.bytes);
      const native = read(file.bytes, zlibWhole);
      expect({ file: file.name, ...withoutDetail(native) }).toEqual({
        file: file.name,
        ...withoutDetail(streamed),
      });
      // Inflating in pieces changes nothing of what is read or refused (it may notice a part both too long and
      // cut short by the other fault first: the same part is named).
      const pieces = readInPieces(file.bytes);
      expect({ file: file.name, ...withoutDetail(pieces) }).toEqual({
        file: file.name,
        ...withoutDetail(native),
      });
      if ("refused" in pieces && "refused" in native)
        expect(partOf(pieces.detail)).toBe(partOf(native.detail));
      if (!("refused" in streamed) || !("refused" in native)) continue;
      refusals.add(streamed.refused);
      // The words may differ: fflate stops at bad data while the sheet is half read, zlib inflates the whole part
      // first (and accepts some garbled streams that fflate does not, which the XML or the CRC-32 then refuses).
      // The part named is the same.
      expect(partOf(native.detail)).toBe(partOf(streamed.detail));
    }
    expect(refusals.size).toBeGreaterThan(2);
  }, 120_000);
});

describe("the zip's own damage, said alike", () => {
  const sheet = new TextEncoder().encode(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(200)}</sheetData></worksheet>`
  );

  /** The package with the sheet's declared size (in both directory and local header) set to `size`. */
  function withDeclaredSize(size: number): Uint8Array {
    const copy = packageWithSheet(sheet);
    const view = new DataView(copy.buffer);
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    // Local header: the name is at +30, the size at +22. Central entry: the name at +46, the size at +24.
    for (let at = indexOf(copy, name); at >= 0; at = indexOf(copy, name, at + 1)) {
      if (view.getUint32(at - 30, true) === 0x04034b50) view.setUint32(at - 30 + 22, size, true);
      else if (view.getUint32(at - 46, true) === 0x02014b50)
        view.setUint32(at - 46 + 24, size, true);
    }
    return copy;
  }

  const cases: Array<[string, () => Uint8Array, string]> = [
    ["a part longer than declared", () => withDeclaredSize(100), "longer than declared"],
    ["a part shorter than declared", () => withDeclaredSize(900_000), "shorter than declared"],
  ];

  it.each(cases)("refuses %s in the same words", async (_name, make, words) => {
    const bytes = make();
    const streamed = read(bytes);
    expect(streamed).toMatchObject({ refused: "missing-sheet" });
    expect((streamed as { detail: string }).detail).toContain(words);
    expect(read(bytes, zlibWhole)).toEqual(streamed);
    expect(readInPieces(bytes)).toEqual(streamed);
  });

  it("stops a zip bomb at its declared size instead of inflating it all", () => {
    // 256 MB of zeros in ~250 KB, declared as 1,000 bytes: zlib must stop just past those 1,000.
    const bomb = deflateRawSync(new Uint8Array(256 * 1024 ** 2), { level: 9 });
    expect(nodeInflate.inflateRaw(bomb, 1_000)).toBe("too-long");
    expect(nodeInflate.inflateRaw(bomb.subarray(0, bomb.length >> 1), 2 ** 28)).toBe("ends-early");
    const garbled = Uint8Array.from(bomb.subarray(0, 64));
    garbled[0] = 0xff;
    expect(nodeInflate.inflateRaw(garbled, 2 ** 20)).toBe("bad");
  });

  it("stops a zip bomb at its declared size when inflating in pieces too", () => {
    const bomb = deflateRawSync(new Uint8Array(256 * 1024 ** 2), { level: 9 });
    const inflateRawPieces = nodeInflate.inflateRawPieces!;
    let handed = 0;
    const count = (piece: Uint8Array) => (handed += piece.length);
    expect(inflateRawPieces(bomb, 1_000, count)).toBe("too-long");
    // Nothing past the declared size reaches the reader: the piece that passes it is refused, not handed over.
    expect(handed).toBe(0);
    expect(inflateRawPieces(bomb, 200_000, count)).toBe("too-long");
    expect(handed).toBeLessThanOrEqual(200_000);
    expect(inflateRawPieces(bomb.subarray(0, bomb.length >> 1), 2 ** 28, () => undefined)).toBe(
      "ends-early"
    );
    const garbled = Uint8Array.from(bomb.subarray(0, 64));
    garbled[0] = 0xff;
    expect(inflateRawPieces(garbled, 2 ** 20, () => undefined)).toBe("bad");
    expect(inflateRawPieces(new Uint8Array(0), 2 ** 20, () => undefined)).toBe("ends-early");
  });

  it("hands a part over in small pieces of one reused buffer, the same bytes as inflating it whole", () => {
    const text = new TextEncoder().encode(
      Array.from({ length: 40_000 }, (_, i) => `<c r="A${i + 1}"><v>${i * 7}</v></c>`).join("")
    );
    const data = deflateRawSync(text);
    const pieces: Uint8Array[] = [];
    const buffers = new Set<ArrayBufferLike>();
    expect(
      nodeInflate.inflateRawPieces!(data, text.length, (piece) => {
        buffers.add(piece.buffer);
        pieces.push(piece.slice());
      })
    ).toBeNull();
    // A megabyte of XML in pieces of at most 64 KB, all in one buffer: the part never becomes fresh memory.
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(64 * 1024);
    expect(buffers.size).toBe(1);
    expect(Buffer.concat(pieces).equals(Buffer.from(text))).toBe(true);
    expect(
      Buffer.from(nodeInflate.inflateRaw(data, text.length) as Uint8Array).equals(Buffer.from(text))
    ).toBe(true);
  });

  it("keeps the limits on what is inflated: the part size, the ratio and the total read", () => {
    const bytes = packageWithSheet(sheet);
    const reason = (limits: typeof LIMITS) => {
      const outcome = read(bytes, nodeInflate, limits);
      return "refused" in outcome ? outcome.refused : "read";
    };
    expect(reason(LIMITS)).toBe("read");
    expect(readInPieces(bytes, { ...LIMITS, maxReadBytes: 5_000 })).toMatchObject({
      refused: "too-large",
    });
    expect(reason({ ...LIMITS, maxPartBytes: 2_000 })).toBe("too-large");
    expect(reason({ ...LIMITS, ratioFloorBytes: 100, maxRatio: 1.5 })).toBe("too-large");
    expect(reason({ ...LIMITS, maxReadBytes: 5_000 })).toBe("too-large");
  });

  it("reads the intact part alike, with zlib's CRC-32 or the reader's own", () => {
    const bytes = packageWithSheet(sheet);
    expect(read(bytes)).toHaveProperty("snapshot");
    expect(read(bytes, nodeInflate)).toEqual(read(bytes));
    expect(read(bytes, { inflateRaw: nodeInflate.inflateRaw })).toEqual(read(bytes));
  });
});

describe("a Node whose zlib streams lack the parts inflating in pieces drives", () => {
  it("inflates each part whole instead, and reads the same snapshot", () => {
    const bytes = packageWithSheet(
      new TextEncoder().encode(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`
      )
    );
    let withoutPieces: NativeInflate | undefined;
    jest.isolateModules(() => {
      jest.doMock("node:zlib", () => {
        const real = jest.requireActual<typeof import("node:zlib")>("node:zlib");
        const createInflateRaw = () => {
          const stream = real.createInflateRaw();
          // As if a later Node kept the counts elsewhere: the stream works, its parts are not where looked for.
          Object.defineProperty(stream, "_writeState", { value: undefined });
          return stream;
        };
        return {
          __esModule: true,
          ...real,
          default: { ...real, createInflateRaw },
          createInflateRaw,
        };
      });
      ({ nodeInflate: withoutPieces } = jest.requireActual<
        typeof import("../../src/cli/native-inflate")
      >("../../src/cli/native-inflate"));
    });
    jest.dontMock("node:zlib");
    expect(withoutPieces).toBeDefined();
    expect(withoutPieces!.inflateRawPieces).toBeUndefined();
    const outcome = read(bytes, withoutPieces);
    expect(outcome).toHaveProperty("snapshot");
    expect(outcome).toEqual(read(bytes));
  });
});
