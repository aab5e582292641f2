/**
 * A damaged-file corpus: from intact workbooks, with a fixed seed, the damage a hostile tester or a bad
 * disk makes — truncated files, flipped bytes, garbled parts, zip and entity bombs, references beyond the
 * grid, whole-sheet validations and merges, absurd column ranges, missing sheets. Deterministic for a seed.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { sheetData, workbookParts, zipParts } from "../support/xlsx-parts";

export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Park–Miller: small, seedable, the same on every machine. */
export function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const UNITS = "Tổ chức cơ sở đảng";
const HEADER = sheetData([
  [["A1", 't="inlineStr"', "<is><t>ĐẢNG BỘ HUYỆN TAM DƯƠNG</t></is>"]],
  [
    ["A2", 't="s"', "<v>0</v>"],
    ["B2", 't="s"', "<v>1</v>"],
    ["C2", 't="s"', "<v>2</v>"],
    ["D2", 't="s"', "<v>3</v>"],
  ],
  [
    ["A3", 't="inlineStr"', "<is><t>X11</t></is>"],
    ["B3", 't="inlineStr"', "<is><t>Xã Kim Long</t></is>"],
    ["C3", 't="inlineStr"', "<is><t>Đảng bộ xã, thị trấn</t></is>"],
    ["D3", 's="1"', "<v>458</v>"],
  ],
]).replace("</sheetData>", "");
const STRINGS = ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"];

function unitsWorkbook(
  body: string,
  extraSheets: Array<{ name: string; body: string }> = []
): Uint8Array {
  return zipParts(workbookParts([{ name: UNITS, body }, ...extraSheets], STRINGS));
}

/** Hostile files each made on purpose, one per attack the issue lists. */
export function hostileFiles(): CorpusFile[] {
  const manyXfd = Array.from(
    { length: 2_000 },
    (_, r) => `<row r="${r + 4}"><c r="XFD${r + 4}"><v>1</v></c></row>`
  ).join("");
  const bombParts: Record<string, string | Uint8Array> = {
    ...workbookParts([{ name: UNITS, body: `${HEADER}</sheetData>` }], STRINGS),
  };
  bombParts["xl/worksheets/sheet1.xml"] = new Uint8Array(24 * 1024 * 1024);
  const unusedParts: Record<string, string | Uint8Array> = {
    ...workbookParts([{ name: UNITS, body: `${HEADER}</sheetData>` }], STRINGS),
  };
  for (let i = 0; i < 12; i++)
    unusedParts[`xl/media/unused${i}.bin`] = new Uint8Array(8 * 1024 * 1024);
  const entityBomb = `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>`;
  const withEntity = workbookParts([{ name: UNITS, body: `${HEADER}</sheetData>` }], STRINGS);
  withEntity["xl/sharedStrings.xml"] = withEntity["xl/sharedStrings.xml"]
    .replace("?>", `?>${entityBomb}`)
    .replace("Mã", "&d;");
  const missing = workbookParts(
    [
      { name: UNITS, body: `${HEADER}</sheetData>` },
      { name: "Chỉ tiêu bí thư", body: "<sheetData/>" },
    ],
    STRINGS
  );
  delete (missing as Record<string, string>)["xl/worksheets/sheet2.xml"];
  const deep = `${HEADER}</sheetData>${"<extLst>".repeat(5_000)}${"</extLst>".repeat(5_000)}`;
  return [
    {
      name: "whole-sheet-validation.xlsx",
      bytes: unitsWorkbook(
        `${HEADER}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`
      ),
    },
    {
      name: "merge-to-sheet-end.xlsx",
      bytes: unitsWorkbook(
        `${HEADER}</sheetData><mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>`
      ),
    },
    {
      name: "many-merges.xlsx",
      bytes: unitsWorkbook(
        `${HEADER}</sheetData><mergeCells>${Array.from({ length: 3_000 }, (_, i) => `<mergeCell ref="E${i + 1}:XFD${i + 1}"/>`).join("")}</mergeCells>`
      ),
    },
    {
      name: "col-max.xlsx",
      bytes: unitsWorkbook(
        `<cols><col min="1" max="99999999" width="12" customWidth="1"/></cols>${HEADER}</sheetData>`
      ),
    },
    {
      name: "rows-with-one-cell-at-xfd.xlsx",
      bytes: unitsWorkbook(`${HEADER}${manyXfd}</sheetData>`),
    },
    {
      name: "ref-beyond-grid.xlsx",
      bytes: unitsWorkbook(
        `${HEADER}<row r="4"><c r="ZZZZ99999999"><v>1</v></c></row></sheetData>`
      ),
    },
    {
      name: "row-beyond-grid.xlsx",
      bytes: unitsWorkbook(`${HEADER}<row r="99999999999"><c><v>1</v></c></row></sheetData>`),
    },
    { name: "zip-bomb.xlsx", bytes: zipParts(bombParts) },
    { name: "unused-compressed-parts.xlsx", bytes: zipParts(unusedParts) },
    { name: "entity-bomb.xlsx", bytes: zipParts(withEntity) },
    { name: "missing-sheet.xlsx", bytes: zipParts(missing) },
    { name: "deep-nesting.xlsx", bytes: unitsWorkbook(deep) },
    {
      name: "shared-string-out-of-range.xlsx",
      bytes: unitsWorkbook(
        `${HEADER}<row r="4"><c r="A4" t="s"><v>999999</v></c></row></sheetData>`
      ),
    },
    { name: "not-a-zip.xlsx", bytes: strToU8("Mã;Tên tổ chức\nX01;Xã\n") },
  ];
}

function mutate(
  bytes: Uint8Array,
  next: () => number,
  kind: number
): { how: string; bytes: Uint8Array } {
  const pick = (n: number) => Math.floor(next() * n);
  switch (kind) {
    case 0: {
      const length = pick(bytes.length);
      return { how: `truncated-${length}`, bytes: bytes.slice(0, length) };
    }
    case 1: {
      const copy = bytes.slice();
      const flips = 1 + pick(8);
      for (let i = 0; i < flips; i++) copy[pick(copy.length)] ^= 1 << pick(8);
      return { how: `flipped-${flips}`, bytes: copy };
    }
    default: {
      // Garble one part's text (re-zipped with a correct CRC, so the XML parser, not the CRC, meets it).
      const parts = unzipSync(bytes);
      const names = Object.keys(parts).filter(
        (name) => name.endsWith(".xml") || name.endsWith(".rels")
      );
      const name = names[pick(names.length)];
      const text = new TextDecoder().decode(parts[name]);
      const at = pick(text.length);
      const junk = [
        "<",
        ">",
        "&",
        "&#0;",
        '<c r="A0">',
        "</row>",
        "<v>1E+999</v>",
        "<![CDATA[",
        "\u0000",
        '"',
        '<row r="-1">',
        '<c r="XFD1048576" t="s"><v>-3</v></c>',
        '<mergeCell ref="A1:A1048576"/>',
      ][pick(13)];
      const garbled = text.slice(0, at) + junk + text.slice(at + pick(20));
      const files: Zippable = {};
      for (const [partName, data] of Object.entries(parts))
        files[partName] = partName === name ? strToU8(garbled) : data;
      return { how: `garbled-${name.replace(/[^a-z0-9]+/gi, "_")}`, bytes: zipSync(files) };
    }
  }
}

/** `count` damaged copies of the given intact files, the same for the same seed. */
export function damagedFiles(
  intact: readonly CorpusFile[],
  seed: number,
  count: number
): CorpusFile[] {
  const next = random(seed);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const base = intact[i % intact.length];
    const { how, bytes } = mutate(base.bytes, next, i % 3);
    files.push({ name: `${i}-${base.name.replace(/\.xlsx$/, "")}-${how}.xlsx`, bytes });
  }
  return files;
}
