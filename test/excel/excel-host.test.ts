import { validateWorkbook } from "../../src/core";
import { createExcelHost, fileNameOf } from "../../src/excel/excel-host";
import { OWN_WRITE_QUIET_MS } from "../../src/excel/edit-watcher";
import { SETTINGS_KEY } from "../../src/excel/marker";
import type { WorkbookHost } from "../../src/core";
import { committeeBook } from "./support/committee-book";
import { excelContext, type FakeContext } from "./support/fake-excel";
import type { FakeWorkbook } from "./support/fake-workbook";

const UNITS = "Tổ chức cơ sở đảng";

/** A host over `book` whose Excel.run hands each batch a fresh fake context, as Excel does. */
function hostOver(book: FakeWorkbook, options: { url?: string; now?: () => number } = {}) {
  const runs: FakeContext[] = [];
  const host = createExcelHost({
    run: (batch) => {
      const { context, fake } = excelContext(book);
      runs.push(fake);
      return batch(context);
    },
    runWith: (context, batch) => batch(context),
    documentUrl: () => options.url,
    now: options.now,
  });
  const syncs = () => runs.reduce((sum, run) => sum + run.syncCount, 0);
  return { host, runs, syncs };
}

/** Lets the host's background registration (two syncs, each settling on setImmediate) finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("createExcelHost", () => {
  it("is a WorkbookHost", () => {
    const host: WorkbookHost = createExcelHost({ run: () => Promise.reject(new Error("unused")) });
    expect(typeof host.readSnapshot).toBe("function");
  });

  it("runs a whole validation as the pane does in at most 4 syncs (the last records the ids of what it made), one Excel.run per action", async () => {
    const book = committeeBook((rows) => {
      rows.units[2][3] = -5;
    });
    const { host, runs, syncs } = hostOver(book, {
      url: "https://contoso.sharepoint.com/Shared%20Documents/Tam%20Duong%202023.xlsx?web=1",
    });

    const workbook = await host.workbookName();
    const snapshot = await host.readSnapshot();
    const report = validateWorkbook(snapshot, { workbook, lang: "vi" });
    await host.showReport(report, "vi");
    await host.saveState({
      lang: "vi",
      lastValidation: { at: new Date().toISOString(), ready: report.ready, counts: report.counts },
    });

    expect(workbook).toBe("Tam Duong 2023.xlsx");
    expect(syncs()).toBeLessThanOrEqual(4);
    expect(runs).toHaveLength(2);
    expect(JSON.parse(String(book.settings.get(SETTINGS_KEY))).lastValidation.counts).toEqual(
      report.counts
    );
    expect(book.cell("Kết quả kiểm tra", "B2").value).toBe("Tam Duong 2023.xlsx");
  });

  it("still saves a state that differs from what the report stored", async () => {
    const book = committeeBook();
    const { host, syncs } = hostOver(book, { url: "x.xlsx" });
    const report = validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" });
    await host.showReport(report, "vi");
    const before = syncs();

    await host.saveState({
      lang: "en",
      lastValidation: { at: "later", ready: report.ready, counts: report.counts },
    });

    expect(syncs()).toBe(before + 1);
    expect(JSON.parse(String(book.settings.get(SETTINGS_KEY))).lang).toBe("en");
  });

  it("asks Excel for the workbook name when the document has no URL (a new, unsaved workbook)", async () => {
    const book = committeeBook();
    book.name = "Book1";
    const { host } = hostOver(book);
    await expect(host.workbookName()).resolves.toBe("Book1");
  });

  it("reports a failing Excel.run as a HostError the pane can show", async () => {
    const host = createExcelHost({
      run: () =>
        Promise.reject(
          Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })
        ),
    });
    await expect(host.goTo(UNITS, "B2")).rejects.toMatchObject({
      name: "HostError",
      reason: "editing",
    });
    await expect(host.loadState()).rejects.toMatchObject({ name: "HostError" });
  });

  it("clears through one Excel.run and leaves the user’s sheets as they were", async () => {
    const book = committeeBook((rows) => {
      rows.units[2][3] = -5;
    });
    const before = book.sheets.map((sheet) => book.userView(sheet.name));
    const { host } = hostOver(book, { url: "x.xlsx" });
    await host.showReport(
      validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" }),
      "vi"
    );

    await host.clear();

    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
  });
});

describe("onEdited", () => {
  it("marks results stale when the user edits a checked sheet, and stops after unsubscribing", async () => {
    const book = committeeBook();
    const { host } = hostOver(book);
    let edits = 0;

    const unsubscribe = host.onEdited(() => edits++);
    await settle();
    await book.userEdits(UNITS, "D3", 999);
    expect(edits).toBe(1);

    unsubscribe();
    await settle();
    await book.userEdits(UNITS, "D4", 998);
    expect(edits).toBe(1);
    expect(book.sheets.every((sheet) => sheet.handlers.length === 0)).toBe(true);
  });

  it("watches the checked sheets, not the report sheet", async () => {
    let clock = 0;
    const book = committeeBook();
    const { host } = hostOver(book, { url: "x.xlsx", now: () => clock });
    let edits = 0;
    host.onEdited(() => edits++);
    await settle();
    await host.showReport(
      validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" }),
      "vi"
    );
    await settle();
    clock += OWN_WRITE_QUIET_MS + 1;

    expect(book.sheet("Kết quả kiểm tra").handlers).toHaveLength(0);
    await book.userEdits("Kết quả kiểm tra", "A1", "x");
    expect(edits).toBe(0);
    await book.userEdits("Kết nạp đảng viên", "B2", 11);
    expect(edits).toBe(1);
  });

  it("takes the change events that Excel raises for our own highlights as ours, not as the user’s edits", async () => {
    let clock = 1_000;
    const book = committeeBook();
    const { host } = hostOver(book, { url: "x.xlsx", now: () => clock });
    let edits = 0;
    host.onEdited(() => edits++);
    await settle();
    await host.showReport(
      validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" }),
      "vi"
    );

    // Excel delivers its change event for our write a moment after the sync.
    clock += OWN_WRITE_QUIET_MS / 2;
    await book.userEdits(UNITS, "D3", 320);
    expect(edits).toBe(0);

    clock += OWN_WRITE_QUIET_MS;
    await book.userEdits(UNITS, "D3", 321);
    expect(edits).toBe(1);
  });
});

describe("fileNameOf", () => {
  it("takes the file name from a web address or a Windows path", () => {
    expect(
      fileNameOf("https://x.sharepoint.com/sites/a/T%C3%A2m%20D%C6%B0%C6%A1ng.xlsx?d=w1&web=1")
    ).toBe("Tâm Dương.xlsx");
    expect(fileNameOf("C:\\Users\\an\\Documents\\tam-duong-2023.xlsx")).toBe("tam-duong-2023.xlsx");
    expect(fileNameOf("")).toBeUndefined();
  });
});
