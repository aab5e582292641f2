import { validateWorkbook } from "../../src/core";
import { createExcelHost, fileNameOf } from "../../src/excel/excel-host";
import { SETTINGS_KEY } from "../../src/excel/marker";
import type { WorkbookHost } from "../../src/core";
import { committeeBook } from "./support/committee-book";
import { EditWatcher } from "../../src/excel/edit-watcher";
import { excelContext, type FakeContext } from "./support/fake-excel";
import type { FakeWorkbook } from "./support/fake-workbook";

const UNITS = "Tổ chức cơ sở đảng";

/** A host over `book` whose Excel.run hands each batch a fresh fake context, as Excel does. */
function hostOver(book: FakeWorkbook, options: { url?: string } = {}) {
  const runs: FakeContext[] = [];
  const host = createExcelHost({
    run: (batch) => {
      const { context, fake } = excelContext(book);
      runs.push(fake);
      return batch(context);
    },
    runWith: (context, batch) => batch(context),
    documentUrl: () => options.url,
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
    const book = committeeBook();
    const { host } = hostOver(book, { url: "x.xlsx" });
    let edits = 0;
    host.onEdited(() => edits++);
    await settle();
    await host.showReport(
      validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" }),
      "vi"
    );
    await settle();

    expect(book.sheet("Kết quả kiểm tra").handlers).toHaveLength(0);
    await book.userEdits("Kết quả kiểm tra", "A1", "x");
    expect(edits).toBe(0);
    await book.userEdits("Kết nạp đảng viên", "B2", 11);
    expect(edits).toBe(1);
  });

  it("tells our writes from the user’s by what they write, not by time: an edit right after the report counts", async () => {
    const book = committeeBook();
    const { host } = hostOver(book, { url: "x.xlsx" });
    let edits = 0;
    host.onEdited(() => edits++);
    await settle();
    await host.showReport(
      validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" }),
      "vi"
    );

    // Highlights change no cell data: an edit of a checked cell at once after the write is the user's.
    await book.userEdits(UNITS, "D3", 320);
    expect(edits).toBe(1);
    // Excel says (ExcelApi 1.14) when this add-in triggered a change: never an edit of the user's.
    for (const handler of book.sheet(UNITS).handlers)
      await handler({ address: "D4", triggerSource: "ThisLocalAddin" } as never);
    expect(edits).toBe(1);
  });

  it("takes the changes of a write of ours that writes data (the goals) as ours until the next read", async () => {
    const book = committeeBook();
    const watcher = new EditWatcher(
      (batch) => batch(excelContext(book).context),
      (context, batch) => batch(context)
    );
    let edits = 0;
    watcher.subscribe(() => edits++);
    await settle();
    await watcher.ownWrite(async () => undefined, ["Mục tiêu"]);

    // Excel reports our write a moment later, as a change of a checked sheet; another sheet's edit is the user's.
    await book.userEdits("Mục tiêu", "A2", "x");
    expect(edits).toBe(0);
    await book.userEdits(UNITS, "D3", 1);
    expect(edits).toBe(1);

    watcher.reading();
    await book.userEdits("Mục tiêu", "A3", "y");
    expect(edits).toBe(2);
    expect(watcher.editCount).toBe(2);
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

describe("createExcelHost().goToReport, the ribbon's way back to the results", () => {
  it("activates the report sheet by the name it really got, beside a user's sheet of the plain name", async () => {
    const book = committeeBook();
    book.addSheet("Kết quả kiểm tra", [["My own notes"]]);
    const { host } = hostOver(book, { url: "x.xlsx" });
    const report = validateWorkbook(await host.readSnapshot(), { workbook: "x.xlsx", lang: "vi" });
    await host.showReport(report, "vi");
    book.active = UNITS;

    await host.goToReport();

    expect(book.active).toBe("Kết quả kiểm tra (2)");
    expect(book.cell("Kết quả kiểm tra", "A1").value).toBe("My own notes");
  });

  it("does nothing before a report was written", async () => {
    const book = committeeBook();
    const { host, syncs } = hostOver(book);

    await host.goToReport();

    expect(syncs()).toBe(0);
    expect(book.active).toBe(UNITS);
  });
});
