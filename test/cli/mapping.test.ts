import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MAPPING_SHEET_NAME, mappingRows, type HeaderMapping, type Report } from "../../src/core";
import { runCli } from "./cli-harness";

let dir: string;
const file = (name: string) => join(dir, name);

const OWN_UNITS = "Danh sách chi bộ";
const MAPPING: HeaderMapping = {
  sheets: { units: OWN_UNITS },
  columns: {
    units: { code: "Ký hiệu", name: "Tên chi, đảng bộ", type: "Phân loại", members: "Quân số" },
  },
};

/** A committee that keeps its units under its own sheet name and headers; the other sheets are the standard form. */
async function foreignWorkbook(unitsName = OWN_UNITS): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const units = workbook.addWorksheet(unitsName);
  units.addRow(["DANH SÁCH CHI BỘ, ĐẢNG BỘ CƠ SỞ NĂM 2023"]);
  units.addRow(["Ký hiệu", "Tên chi, đảng bộ", "Phân loại", "Quân số"]);
  units.addRow(["X11", "Xã Kim Long", "Đảng bộ xã, thị trấn", 458]);
  units.addRow(["CB23", "Chi bộ Trường THPT Tam Dương", "Chi bộ trực thuộc", 38]);
  const admissions = workbook.addWorksheet("Kết nạp đảng viên");
  admissions.addRow(["Mã", "Chỉ tiêu", "Đã kết nạp"]);
  admissions.addRow(["X11", 12, 13]);
  admissions.addRow(["CB23", 3, 3]);
  const heads = workbook.addWorksheet("Trưởng thôn, tổ dân phố");
  heads.addRow(["Mã", "Số thôn, tổ dân phố", "Là đảng viên đầu năm", "Là đảng viên hiện nay"]);
  heads.addRow(["X11", 12, 10, 11]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What the add-in leaves in the file: the very hidden mapping sheet, every cell text. */
async function addMappingSheet(path: string, mapping: HeaderMapping): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = workbook.addWorksheet(MAPPING_SHEET_NAME, { state: "veryHidden" });
  mappingRows(mapping).forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      cell.value = text;
    })
  );
  writeFileSync(path, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

async function jsonReport(path: string): Promise<{ code: number; report: Report }> {
  const result = await runCli(["validate", path, "--format", "json"]);
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-mapping-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("committee-check validate on a workbook with a saved header mapping", () => {
  it("fails the committee’s own sheet name and headers, then passes the same file once the mapping sheet is in it", async () => {
    writeFileSync(file("own-names.xlsx"), await foreignWorkbook());

    const before = await jsonReport(file("own-names.xlsx"));
    expect(before.code).toBe(1);
    expect(before.report.findings.map((finding) => finding.code)).toEqual(["missing-sheet"]);

    await addMappingSheet(file("own-names.xlsx"), MAPPING);
    const after = await runCli(["validate", file("own-names.xlsx")]);
    expect(after.stderr).toBe("");
    expect(after.code).toBe(0);
    expect(after.stdout.split("\n")[0]).toContain("SẴN SÀNG NỘP");
  });

  it("fails a sheet with the standard name but the committee’s headers (missing-column), and passes it once mapped", async () => {
    writeFileSync(file("own-headers.xlsx"), await foreignWorkbook("Tổ chức cơ sở đảng"));

    const before = await jsonReport(file("own-headers.xlsx"));
    expect(before.code).toBe(1);
    expect(
      before.report.findings.map((finding) => [finding.code, finding.sheet, finding.field])
    ).toEqual([
      ["missing-column", "Tổ chức cơ sở đảng", "code"],
      ["missing-column", "Tổ chức cơ sở đảng", "name"],
      ["missing-column", "Tổ chức cơ sở đảng", "type"],
      ["missing-column", "Tổ chức cơ sở đảng", "members"],
    ]);

    await addMappingSheet(file("own-headers.xlsx"), { sheets: {}, columns: MAPPING.columns });
    const after = await jsonReport(file("own-headers.xlsx"));
    expect(after.code).toBe(0);
    expect(after.report.findings).toEqual([]);
    expect(Object.keys(after.report)).toEqual([
      "workbook",
      "ready",
      "counts",
      "goalsSource",
      "findings",
      "indicators",
    ]);
  });

  it("reports a mistake on the mapped sheet under its own name and cell", async () => {
    writeFileSync(file("own-names-error.xlsx"), await foreignWorkbook());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file("own-names-error.xlsx")) as unknown as ArrayBuffer);
    workbook.getWorksheet(OWN_UNITS)!.getCell("D4").value = -38;
    writeFileSync(
      file("own-names-error.xlsx"),
      new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    );
    await addMappingSheet(file("own-names-error.xlsx"), MAPPING);

    const { code, report } = await jsonReport(file("own-names-error.xlsx"));
    expect(code).toBe(1);
    expect(report.findings.map((finding) => [finding.code, finding.sheet, finding.cell])).toEqual([
      ["negative", OWN_UNITS, "D4"],
    ]);
  });
});
