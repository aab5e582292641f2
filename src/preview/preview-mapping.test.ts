import ExcelJS from "exceljs";
import {
  EMPTY_MAPPING,
  MAPPING_SHEET_NAME,
  readMapping,
  validateWorkbook,
  type HeaderMapping,
} from "../core";
import { PreviewHost } from "./preview-host";

const MAPPING: HeaderMapping = { sheets: {}, columns: { units: { members: "Quân số" } } };

/** A small workbook whose units sheet calls its members column by the committee's own header. */
async function oneForeignHeader(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Tổ chức cơ sở đảng").addRows([
    ["Mã", "Tên tổ chức", "Loại hình", "Quân số"],
    ["X11", "Xã Kim Long", "Đảng bộ xã, thị trấn", 458],
  ]);
  workbook.addWorksheet("Kết nạp đảng viên").addRows([
    ["Mã", "Chỉ tiêu", "Đã kết nạp"],
    ["X11", 12, 13],
  ]);
  workbook.addWorksheet("Trưởng thôn, tổ dân phố").addRows([
    ["Mã", "Số thôn, tổ dân phố", "Là đảng viên đầu năm", "Là đảng viên hiện nay"],
    ["X11", 12, 10, 11],
  ]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function codes(host: PreviewHost): Promise<string[]> {
  return validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx" }).findings.map(
    (finding) => finding.code
  );
}

describe("the preview’s header mapping", () => {
  it("keeps a saved mapping in the workbook in memory, so the next validation uses it, and removes it on reset", async () => {
    const host = new PreviewHost();
    await host.open(await oneForeignHeader(), "x.xlsx");
    expect(await codes(host)).toEqual(["missing-column"]);

    await host.saveMapping(MAPPING);
    expect(readMapping(await host.readSnapshot())).toEqual(MAPPING);
    expect(await codes(host)).toEqual([]);
    // The grid still shows the sheet it showed; the mapping sheet is not one to look at.
    expect(host.getView().activeSheet).toBe("Tổ chức cơ sở đảng");

    await host.saveMapping(EMPTY_MAPPING);
    expect((await host.readSnapshot()).sheets.map((sheet) => sheet.name)).not.toContain(
      MAPPING_SHEET_NAME
    );
    expect(await codes(host)).toEqual(["missing-column"]);
  });

  it("refuses to save before a workbook is open", async () => {
    await expect(new PreviewHost().saveMapping(MAPPING)).rejects.toMatchObject({
      name: "HostError",
      reason: "unreadable",
    });
  });
});
