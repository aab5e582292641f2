/**
 * The spec suite names exact cells; this proves the builder writes them where its
 * layout comment says, using exceljs alone (independent of the product's reader).
 */
import ExcelJS from "exceljs";
import { fullWorkbook, nfd } from "./support/committee-workbook";

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("the spec suite’s workbook builder", () => {
  test("writes every sheet of the form with its Vietnamese name and the documented cells", async () => {
    const workbook = await reload(await fullWorkbook().toBytes());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tổ chức cơ sở đảng",
      "Kết nạp đảng viên",
      "Trưởng thôn, tổ dân phố",
      "Tổ chức đảng ngoài nhà nước",
      "Giao chỉ tiêu người đứng đầu",
      "Mục tiêu",
      "Tổng hợp",
    ]);
    const units = workbook.getWorksheet("Tổ chức cơ sở đảng")!;
    expect(units.getCell("D1").value).toBe("Số đảng viên");
    expect(units.getCell("A3").value).toBe("X02");
    expect(units.getCell("D5").value).toBe(25);
    const heads = workbook.getWorksheet("Trưởng thôn, tổ dân phố")!;
    expect(heads.getCell("D2").value).toBe(11);
    expect(heads.getCell("E2").value).toBe(91.67);
    const admissions = workbook.getWorksheet("Kết nạp đảng viên")!;
    expect(admissions.getCell("D5").value).toBeNull();
  });

  test("title rows push the table down and merge across it", async () => {
    const built = fullWorkbook();
    built
      .sheet("units")
      .insertTitleRows(["ĐẢNG BỘ HUYỆN TAM DƯƠNG", "BÁO CÁO", "Năm 2023", "(kèm theo báo cáo)"], {
        merge: true,
      });
    const units = (await reload(await built.toBytes())).getWorksheet("Tổ chức cơ sở đảng")!;
    expect(units.getCell("A5").value).toBe("Mã");
    expect(units.getCell("D9").value).toBe(25);
    expect(units.getCell("C1").isMerged).toBe(true);
    expect(units.getCell("D4").master.address).toBe("A4");
  });

  test("a blank row, a cached formula error, a percentage format and NFD text are written as asked", async () => {
    const built = fullWorkbook();
    built.sheet("units").insertBlankRow(4).set("B2", nfd("Xã Kim Long"));
    built
      .sheet("village-heads")
      .set("E2", { formula: "D2/B2*100", result: { error: "#DIV/0!" } })
      .set("E3", 1, "0.00%");
    const workbook = await reload(await built.toBytes());
    const units = workbook.getWorksheet("Tổ chức cơ sở đảng")!;
    expect(units.getRow(4).cellCount).toBe(0);
    expect(units.getCell("A5").value).toBe("CQ1");
    expect(units.getCell("B2").value).toBe("Xã Kim Long".normalize("NFD"));
    expect(units.getCell("B2").value).not.toBe("Xã Kim Long");
    const heads = workbook.getWorksheet("Trưởng thôn, tổ dân phố")!;
    expect(heads.getCell("E2").type).toBe(ExcelJS.ValueType.Formula);
    expect(heads.getCell("E2").result).toEqual({ error: "#DIV/0!" });
    expect(heads.getCell("E3").numFmt).toBe("0.00%");
  });
});
