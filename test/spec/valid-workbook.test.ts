import { fullWorkbook, requiredSheetsWorkbook } from "./support/committee-workbook";
import { check, expectNoErrors } from "./support/check";

describe("a valid committee workbook", () => {
  test("with every sheet of the form, all figures agreeing and every goal met, has no finding at all", async () => {
    const report = await check(fullWorkbook());
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({ error: 0, warning: 0, shortfall: 0 });
    expect(report.ready).toBe(true);
  });

  test("with only the three required sheets has no error and no warning", async () => {
    const report = await check(requiredSheetsWorkbook());
    expectNoErrors(report);
    expect(report.findings.filter((finding) => finding.severity === "warning")).toEqual([]);
  });

  test("with English sheet names and English headers has no finding at all", async () => {
    const report = await check(fullWorkbook().inEnglish());
    expect(report.findings).toEqual([]);
    expect(report.ready).toBe(true);
  });

  test("unit types given by their Vietnamese or English labels are accepted", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("units")
      .set("C2", "Đảng bộ xã, thị trấn")
      .set("C3", "Commune or town committee")
      .set("C4", "Đảng bộ cơ quan")
      .set("C5", "Directly subordinate cell");
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("unit types given by the remaining labels are accepted", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("C4", "Agency committee").set("C5", "Chi bộ trực thuộc");
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});
