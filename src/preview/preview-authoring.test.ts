import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { readGoalRows, validateWorkbook } from "../core";
import { PreviewHost } from "./preview-host";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/tam-duong-2023.xlsx");

async function openSample(): Promise<PreviewHost> {
  const host = new PreviewHost();
  await host.open(fs.readFileSync(SAMPLE), "tam-duong-2023.xlsx");
  return host;
}

async function bookWithOneSheet(name: string, rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the preview’s authoring actions", () => {
  it("adds the standard sheets a workbook lacks as tabs, and says none are missing the second time", async () => {
    const host = new PreviewHost();
    await host.open(
      await bookWithOneSheet("Units", [
        ["Code", "Name", "Type", "Party members"],
        ["X01", "Xã Kim Long", "commune", 310],
      ]),
      "own.xlsx"
    );
    let notified = 0;
    host.subscribe(() => notified++);

    const added = await host.insertStandardSheets("en");

    expect(added).toEqual([
      "Admissions",
      "Village heads",
      "Private-sector organisations",
      "Leader targets",
      "Goals",
      "Summary",
    ]);
    expect(host.getView().snapshot!.sheets.map((sheet) => sheet.name)).toEqual(["Units", ...added]);
    expect(host.getView().activeSheet).toBe("Units");
    expect(notified).toBe(1);
    const report = validateWorkbook(await host.readSnapshot(), {
      workbook: "own.xlsx",
      lang: "en",
    });
    expect(
      report.findings.filter((finding) =>
        ["missing-sheet", "missing-column", "duplicate-column"].includes(finding.code)
      )
    ).toEqual([]);

    await expect(host.insertStandardSheets("vi")).resolves.toEqual([]);
    expect(notified).toBe(1);
  });

  it("rewrites the sample’s goals sheet in memory: the next validation uses the saved goals", async () => {
    const host = await openSample();
    const before = await host.readSnapshot();
    const goals = readGoalRows(before, "vi").entries.map((entry) => ({
      indicator: entry.draft.indicator,
      operator: entry.draft.operator,
      value: entry.draft.indicator === "village-head-rate" ? 95 : Number(entry.draft.value),
      scope: entry.draft.scope,
    })) as Parameters<PreviewHost["writeGoals"]>[0];

    await host.writeGoals(goals, "vi");

    const after = await host.readSnapshot();
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(
      before.sheets.map((sheet) => sheet.name)
    );
    expect(after.sheets.filter((sheet) => sheet.name !== "Mục tiêu")).toEqual(
      before.sheets.filter((sheet) => sheet.name !== "Mục tiêu")
    );
    const report = validateWorkbook(after, { workbook: "tam-duong-2023.xlsx", lang: "vi" });
    expect(report.goalsSource).toBe("workbook");
    expect(
      report.indicators.find(
        (result) => result.id === "village-head-rate" && result.scope === "committee"
      )
    ).toMatchObject({ goal: { operator: ">", value: 95 }, status: "shortfall", needed: 3 });
  });

  it("refuses to write before a file is open", async () => {
    await expect(new PreviewHost().writeGoals([], "vi")).rejects.toMatchObject({
      name: "HostError",
      reason: "unreadable",
    });
    await expect(new PreviewHost().insertStandardSheets("vi")).rejects.toMatchObject({
      name: "HostError",
      reason: "unreadable",
    });
  });
});
