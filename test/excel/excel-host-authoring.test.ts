import { SHEETS, SHEET_IDS, validateWorkbook } from "../../src/core";
import { createExcelHost } from "../../src/excel/excel-host";
import { committeeBook } from "./support/committee-book";
import { FakeWorkbook } from "./support/fake-workbook";
import { TemplateExcel, emptyExtras } from "./support/template-excel";

/** A host whose Excel.run hands each batch a fresh context over one workbook (tables and names kept across runs). */
function hostOver(book: FakeWorkbook) {
  const extras = emptyExtras();
  const runs: TemplateExcel[] = [];
  const host = createExcelHost({
    run: (batch) => {
      const excel = new TemplateExcel(book, extras);
      runs.push(excel);
      return batch(excel.context);
    },
    runWith: (context, batch) => batch(context),
    documentUrl: () => "C:\\Committee\\tam-duong-2023.xlsx",
  });
  return { host, runs, extras };
}

describe("the Excel host’s authoring actions", () => {
  it("inserts the standard sheets the workbook lacks in one Excel.run and returns their names", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Sheet1");
    const { host, runs } = hostOver(book);

    await expect(host.insertStandardSheets("vi")).resolves.toEqual(
      SHEET_IDS.map((id) => SHEETS[id].names.vi)
    );
    expect(runs).toHaveLength(1);
    await expect(host.insertStandardSheets("vi")).resolves.toEqual([]);
  });

  it("writes the goals, after which a validation through the same host uses them", async () => {
    const book = committeeBook();
    const { host, runs } = hostOver(book);
    await host.readSnapshot();

    await host.writeGoals(
      [{ indicator: "village-head-rate", operator: ">=", value: 95, scope: "committee" }],
      "vi"
    );
    expect(runs).toHaveLength(2);

    const report = validateWorkbook(await host.readSnapshot(), {
      workbook: await host.workbookName(),
      lang: "vi",
    });
    expect(report.goalsSource).toBe("workbook");
    expect(
      report.indicators.find(
        (result) => result.id === "village-head-rate" && result.scope === "committee"
      )?.goal
    ).toEqual({ operator: ">=", value: 95 });
    // The report is written after the goals changed the workbook: no stale layout from the earlier read is used.
    await host.showReport(report, "vi");
    expect(book.sheets.some((sheet) => sheet.name === "Kết quả kiểm tra")).toBe(true);
  });

  it("reports a refusal as a HostError", async () => {
    const book = committeeBook();
    book.sheets.splice(
      book.sheets.findIndex((sheet) => sheet.name === "Mục tiêu"),
      1
    );
    book.workbookProtected = true;
    const { host } = hostOver(book);
    await expect(host.insertStandardSheets("vi")).rejects.toMatchObject({
      name: "HostError",
      reason: "protected",
    });
    await expect(
      host.writeGoals(
        [{ indicator: "village-head-rate", operator: ">", value: 95, scope: "committee" }],
        "vi"
      )
    ).rejects.toMatchObject({ name: "HostError", reason: "protected" });
    expect(book.sheets.some((sheet) => sheet.name === "Mục tiêu")).toBe(false);
  });
});
