/**
 * Spec, "Reading a sheet", legacy encodings: text in TCVN3 (ABC) or VNI is converted to Unicode before
 * anything is read (sheet names, headers, unit names, codes), by the cell's font where the file has it and
 * by the text's characters otherwise; one `legacy-encoding` warning per sheet names its cells.
 */
import { TCVN3_LEGACY, TCVN3_UNICODE, VNI_TABLE } from "../../src/core/helpers/legacy-encoding";
import { fullWorkbook, type CommitteeSheet } from "./support/committee-workbook";
import { check, expectFinding, findingsOf } from "./support/check";

function toTcvn3(text: string): string {
  return [...text.normalize("NFC")]
    .map((ch) => {
      const i = TCVN3_UNICODE.indexOf(ch);
      return i >= 0 ? TCVN3_LEGACY[i] : ch;
    })
    .join("");
}

const VNI_OF = new Map(VNI_TABLE.map(([vni, unicode]) => [unicode, vni]));
function toVni(text: string): string {
  return [...text.normalize("NFC")].map((ch) => VNI_OF.get(ch) ?? ch).join("");
}

/** Every text cell of the sheet (and its name) re-typed in a legacy encoding, in the given font. */
function retype(sheet: CommitteeSheet, encode: (text: string) => string, font?: string): void {
  sheet.name = encode(sheet.name);
  for (const row of sheet.rows) {
    row.forEach((cell, c) => {
      if (cell && typeof cell.value === "string")
        row[c] = { ...cell, value: encode(cell.value), ...(font ? { font } : {}) };
    });
  }
}

const UNITS = "Tổ chức cơ sở đảng";
const HEADS = "Trưởng thôn, tổ dân phố";

describe("TCVN3", () => {
  test.each([[".VnTime"], [undefined]])(
    "the units sheet typed in TCVN3 (font %s): read as Unicode, one warning naming its cells",
    async (font) => {
      const workbook = fullWorkbook();
      retype(workbook.sheet("units"), toTcvn3, font);
      const report = await check(workbook);
      expect(report.findings.map((finding) => [finding.code, finding.sheet])).toEqual([
        ["legacy-encoding", UNITS],
      ]);
      const [warning] = findingsOf(report, "legacy-encoding");
      expect(warning.severity).toBe("warning");
      // The headers Mã, Tên tổ chức, Loại hình, Số đảng viên and the names with diacritics.
      expect(String(warning.actual).split(", ")).toEqual(
        expect.arrayContaining(["A1", "B1", "C1", "D1", "B2", "B3", "B4", "B5"])
      );
      expect(warning.message).toContain("TCVN3");
    }
  );

  test("a fault in a TCVN3 sheet is found at its cell, under its Unicode name", async () => {
    const workbook = fullWorkbook().without("summary");
    const units = workbook.sheet("units");
    retype(units, toTcvn3, ".VnTime");
    units.set("D3", -3);
    const report = await check(workbook);
    expectFinding(report, { code: "negative", sheet: UNITS, cell: "D3", field: "members" });
  });

  test(".VnTimeH: lower-case codes drawn as capitals match the codes of the other sheets", async () => {
    const workbook = fullWorkbook();
    const heads = workbook.sheet("village-heads");
    heads.set("A2", "x01").set("A3", "x02");
    for (const address of ["A2", "A3"])
      heads.rows[Number(address.slice(1)) - 1][0]!.font = ".VnTimeH";
    const report = await check(workbook);
    expect(findingsOf(report, "unknown-unit")).toEqual([]);
    expect(findingsOf(report, "missing-unit")).toEqual([]);
    expectFinding(report, { code: "legacy-encoding", sheet: HEADS, cell: "A2", actual: "A2, A3" });
  });
});

describe("VNI", () => {
  test.each([["VNI-Times"], [undefined]])(
    "the village-heads sheet typed in VNI (font %s): read as Unicode",
    async (font) => {
      const workbook = fullWorkbook();
      retype(workbook.sheet("village-heads"), toVni, font);
      const report = await check(workbook);
      expect(report.findings.map((finding) => [finding.code, finding.sheet])).toEqual([
        ["legacy-encoding", HEADS],
      ]);
      expect(findingsOf(report, "legacy-encoding")[0].message).toContain("VNI");
    }
  );
});

test("a Unicode workbook has no legacy-encoding warning", async () => {
  expect(findingsOf(await check(fullWorkbook()), "legacy-encoding")).toEqual([]);
});
