/** The streaming reader on damaged and hostile packages: each refused with its reason, quickly, or read without expanding anything. */
import { strToU8 } from "fflate";
import {
  UnreadableWorkbookError,
  readWorkbook,
  unreadableMessage,
  type UnreadableReason,
} from "../../src/xlsx";
import { LIMITS } from "../../src/xlsx/xlsx/limits";
import { readXlsx } from "../../src/xlsx/xlsx/read-xlsx";
import { sheetData, workbookParts, zipParts } from "../support/xlsx-parts";

const UNITS = "Tổ chức cơ sở đảng";
const HEADER = sheetData([
  [
    ["A1", 't="s"', "<v>0</v>"],
    ["B1", 't="s"', "<v>1</v>"],
  ],
  [
    ["A2", 't="inlineStr"', "<is><t>X01</t></is>"],
    ["B2", 't="inlineStr"', "<is><t>quyền</t></is>"],
  ],
]);

async function refusal(bytes: Uint8Array): Promise<UnreadableWorkbookError> {
  try {
    await readWorkbook(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    return error as UnreadableWorkbookError;
  }
  throw new Error("readWorkbook accepted bytes it should refuse");
}

function replaceOnce(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const a = strToU8(from);
  const b = strToU8(to);
  expect(b.length).toBe(a.length);
  const copy = bytes.slice();
  outer: for (let i = 0; i <= copy.length - a.length; i++) {
    for (let j = 0; j < a.length; j++) if (copy[i + j] !== a[j]) continue outer;
    copy.set(b, i);
    return copy;
  }
  throw new Error(`"${from}" not found`);
}

describe("the streaming reader refuses what it cannot trust", () => {
  it("reads the intact workbook (the control for the cases below)", async () => {
    const snapshot = await readWorkbook(
      zipParts(workbookParts([{ name: UNITS, body: HEADER }], ["Mã", "Tên tổ chức"]), 0)
    );
    expect(snapshot.sheets[0].rows[1]?.[1]).toMatchObject({ value: "quyền", kind: "text" });
    expect(snapshot.sheets[0].rows[0]?.[1]).toMatchObject({ value: "Tên tổ chức", kind: "text" });
  });

  it("refuses a flipped byte inside a part as damaged, naming the part and the checksum (CRC-32 is checked)", async () => {
    const bytes = replaceOnce(
      zipParts(workbookParts([{ name: UNITS, body: HEADER }], ["Mã", "Tên tổ chức"]), 0),
      "<t>X01</t>",
      "<t>X02</t>"
    );
    const error = await refusal(bytes);
    expect(error.reason).toBe("missing-sheet");
    expect((error.cause as UnreadableWorkbookError).detail).toMatch(/sheet1\.xml: checksum/);
    const shared = await refusal(
      replaceOnce(
        zipParts(workbookParts([{ name: UNITS, body: HEADER }], ["Mã", "Tên tổ chức"]), 0),
        "Mã</t>",
        "Ma_</t>"
      )
    );
    expect(shared.reason).toBe("damaged");
    expect(shared.detail).toMatch(/sharedStrings\.xml: checksum/);
  });

  it("refuses a sheet the workbook lists but the package lacks, naming it, instead of dropping it", async () => {
    const parts: Record<string, string> = workbookParts(
      [
        { name: UNITS, body: HEADER },
        { name: "Chỉ tiêu bí thư", body: HEADER },
      ],
      ["Mã", "Tên tổ chức"]
    );
    delete parts["xl/worksheets/sheet2.xml"];
    const error = await refusal(zipParts(parts));
    expect(error.reason).toBe("missing-sheet");
    expect(error.detail).toBe("Chỉ tiêu bí thư");
    expect(unreadableMessage("missing-sheet", "vi", error.detail)).toContain('"Chỉ tiêu bí thư"');
  });

  it("refuses a DOCTYPE (entity bomb) as unsafe without expanding anything", async () => {
    const bomb = `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const parts = workbookParts([{ name: UNITS, body: HEADER }], ["&c;"]);
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"]
      .replace("?>", `?>${bomb}`)
      .replace("&amp;c;", "&c;");
    expect((await refusal(zipParts(parts))).reason).toBe("unsafe");
  });

  it("refuses a part larger than declared, a part past the size limit and a zip bomb ratio before inflating it all", () => {
    const bytes = zipParts(workbookParts([{ name: UNITS, body: HEADER }], ["Mã", "Tên tổ chức"]));
    const reason = (run: () => unknown): UnreadableReason | undefined => {
      try {
        run();
      } catch (error) {
        return (error as UnreadableWorkbookError).reason;
      }
      return undefined;
    };
    expect(reason(() => readXlsx(bytes, { ...LIMITS, maxPartBytes: 200 }))).toBe("too-large");
    expect(reason(() => readXlsx(bytes, { ...LIMITS, maxReadBytes: 1000 }))).toBe("too-large");
    expect(reason(() => readXlsx(bytes, { ...LIMITS, ratioFloorBytes: 100, maxRatio: 1.5 }))).toBe(
      "too-large"
    );
    expect(reason(() => readXlsx(bytes, { ...LIMITS, maxParts: 3 }))).toBe("too-large");
    expect(reason(() => readXlsx(bytes, { ...LIMITS, maxCells: 3 }))).toBe("too-large");
    expect(reason(() => readXlsx(bytes))).toBeUndefined();
  });

  it("refuses a zip bomb (a sheet of zeros compressed over 1,000 times) as too large, with no advice to repair it in Excel", async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const error = await refusal(
      zipParts({
        ...workbookParts([{ name: UNITS, body: HEADER }]),
        "xl/worksheets/sheet1.xml": zeros,
      })
    );
    expect(error.reason).toBe("too-large");
    expect(error.detail).toBe("ratio");
    for (const lang of ["vi", "en"] as const)
      expect(unreadableMessage(error.reason, lang, error.detail)).not.toMatch(
        /Excel (to let it )?repair|Excel để Excel sửa/
      );
  });

  it('reads a whole-sheet validation, a merge to the sheet end and <col max="99999999"> without expanding them', async () => {
    const body = `<cols><col min="1" max="99999999" width="9"/></cols>${HEADER}<mergeCells count="2"><mergeCell ref="C1:XFD1048576"/><mergeCell ref="A3:B3"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>`;
    const snapshot = await readWorkbook(
      zipParts(workbookParts([{ name: UNITS, body }], ["Mã", "Tên tổ chức"]))
    );
    expect(snapshot.sheets[0].merges).toEqual([
      { top: 0, left: 2, bottom: 1_048_575, right: 16_383 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
    expect(snapshot.sheets[0].rows).toHaveLength(2);
  });

  it("refuses a reference beyond Excel’s grid as damaged, and reads one cell in column XFD on each of many rows within the limits", async () => {
    const beyond = sheetData([[["XFE1", "", "<v>1</v>"]]]);
    expect((await refusal(zipParts(workbookParts([{ name: UNITS, body: beyond }])))).reason).toBe(
      "missing-sheet"
    );
    const rows = Array.from({ length: 500 }, (_, r) => [[`XFD${r + 1}`, "", "<v>1</v>"] as const]);
    const snapshot = await readWorkbook(
      zipParts(workbookParts([{ name: UNITS, body: sheetData(rows) }]))
    );
    expect(snapshot.sheets[0].rows[499]?.[16_383]).toMatchObject({ value: 1 });
    expect(() =>
      readXlsx(zipParts(workbookParts([{ name: UNITS, body: sheetData(rows) }])), {
        ...LIMITS,
        maxRowSlots: 100_000,
      })
    ).toThrow(UnreadableWorkbookError);
  });

  it("bounds what rows met again out of order can cost: each is stored again, and those copies count", async () => {
    // Row 1 with a cell in column GR, then row 2, then row 1 again, 50 times: row 1 is stored 50 times.
    const rows = Array.from({ length: 100 }, (_, k) =>
      k % 2 === 0
        ? [[`${k === 0 ? "GR" : "A"}1`, "", `<v>${k}</v>`] as const]
        : [[`A2`, "", `<v>${k}</v>`] as const]
    );
    const bytes = zipParts(workbookParts([{ name: UNITS, body: sheetData(rows) }]));
    const snapshot = await readWorkbook(bytes);
    expect(snapshot.sheets[0].rows[0]).toHaveLength(200);
    expect(snapshot.sheets[0].rows[0]?.[0]).toMatchObject({ value: 98 });
    expect(snapshot.sheets[0].rows[0]?.[199]).toMatchObject({ value: 0 });
    expect(snapshot.sheets[0].rows[1]?.[0]).toMatchObject({ value: 99 });
    let reason: string | undefined;
    try {
      readXlsx(bytes, { ...LIMITS, maxRowSlots: 1_000 });
    } catch (error) {
      reason = (error as UnreadableWorkbookError).reason;
    }
    expect(reason).toBe("too-large");
  });

  it("has one line per new reason in each language", () => {
    for (const [reason, detail] of [
      ["too-large", "ratio"],
      ["unsafe", "DOCTYPE"],
      ["missing-sheet", UNITS],
      ["damaged", "xl/workbook.xml: checksum does not match"],
    ] as const) {
      const vi = unreadableMessage(reason, "vi", detail);
      const en = unreadableMessage(reason, "en", detail);
      expect(vi).not.toMatch(/\n/);
      expect(en).not.toMatch(/\n/);
      expect(vi).not.toBe(en);
    }
  });
});

describe("the damage, said in Vietnamese", () => {
  it("names the part and says the fault in Vietnamese words", () => {
    expect(
      unreadableMessage("damaged", "vi", "xl/worksheets/sheet1.xml: checksum does not match")
    ).toContain("xl/worksheets/sheet1.xml: sai mã kiểm tra CRC");
    expect(unreadableMessage("damaged", "vi", "no zip directory")).toContain(
      "không có mục lục zip"
    );
    expect(unreadableMessage("damaged", "en", "no zip directory")).toContain("no zip directory");
  });
});
