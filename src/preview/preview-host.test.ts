import fs from "fs";
import path from "path";
import type { Report } from "../core";
import { PreviewHost } from "./preview-host";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/tam-duong-2023.xlsx");

async function openSample(): Promise<PreviewHost> {
  const host = new PreviewHost();
  await host.open(fs.readFileSync(SAMPLE), "tam-duong-2023.xlsx");
  return host;
}

function report(findings: Report["findings"]): Report {
  return {
    workbook: "x.xlsx",
    ready: false,
    counts: { error: 0, warning: 0, shortfall: 0 },
    goalsSource: "default",
    findings,
    indicators: [],
  };
}

describe("the preview’s workbook host", () => {
  it("makes a read asked for while a file is still loading wait for it, instead of finding no workbook", async () => {
    const host = new PreviewHost();
    let arrive: (bytes: Buffer) => void = () => undefined;
    const fetched = new Promise<Buffer>((resolve) => (arrive = resolve));
    const loading = host.opening(fetched.then((bytes) => host.open(bytes, "tam-duong-2023.xlsx")));
    const read = host.readSnapshot();
    const name = host.workbookName();

    arrive(fs.readFileSync(SAMPLE));
    await loading;

    expect((await read).sheets.length).toBeGreaterThan(2);
    expect(await name).toBe("tam-duong-2023.xlsx");
  });

  it("still says no workbook is open when the load failed", async () => {
    const host = new PreviewHost();
    await expect(host.opening(Promise.reject(new Error("HTTP 404")))).rejects.toThrow("404");
    await expect(host.readSnapshot()).rejects.toMatchObject({ reason: "unreadable" });
  });

  it("reads an .xlsx with the shared reader and shows its first sheet", async () => {
    const host = await openSample();
    const snapshot = await host.readSnapshot();
    expect(await host.workbookName()).toBe("tam-duong-2023.xlsx");
    expect(snapshot.sheets.length).toBeGreaterThan(2);
    expect(host.getView().activeSheet).toBe(snapshot.sheets[0].name);
  });

  it("reports reading as done and refuses to read before a file is open", async () => {
    const progress: number[] = [];
    await (await openSample()).readSnapshot((fraction) => progress.push(fraction));
    expect(progress).toEqual([1]);
    await expect(new PreviewHost().readSnapshot()).rejects.toMatchObject({
      name: "HostError",
      reason: "unreadable",
    });
  });

  it("marks each finding’s cell with its worst severity and every message, and clear removes the marks", async () => {
    const host = await openSample();
    const sheet = host.getView().activeSheet!;
    let notified = 0;
    host.subscribe(() => notified++);
    await host.showReport(
      report([
        {
          code: "number-as-text",
          severity: "warning",
          sheet,
          cell: "E5",
          message: "stored as text",
        },
        { code: "negative", severity: "error", sheet, cell: "E5", message: "below zero" },
        {
          code: "goal-shortfall",
          severity: "shortfall",
          sheet: "Goals",
          message: "sheet-level: no cell to mark",
        },
      ]),
      "vi"
    );
    expect(host.getView().marks.get(sheet)?.get("E5")).toEqual({
      severity: "error",
      messages: ["stored as text", "below zero"],
    });
    expect(host.getView().marks.has("Goals")).toBe(false);

    await host.clear();
    expect(host.getView().marks.size).toBe(0);
    expect(notified).toBe(2);
  });

  it("goes to a cell: activates its sheet and selects it, every time it is asked", async () => {
    const host = await openSample();
    const other = (await host.readSnapshot()).sheets[2].name;
    await host.goTo(other, "D7");
    expect(host.getView()).toMatchObject({
      activeSheet: other,
      selected: { sheet: other, row: 6, col: 3, address: "D7" },
      selectionCount: 1,
    });
    await host.goTo(other, "D7");
    expect(host.getView().selectionCount).toBe(2);
    await expect(host.goTo("No such sheet", "A1")).rejects.toMatchObject({ name: "HostError" });
  });

  it("keeps the language but forgets the last validation when another file is opened, and never reports edits", async () => {
    const host = await openSample();
    await host.saveState({
      lang: "en",
      lastValidation: {
        at: "2024-01-01T00:00:00Z",
        ready: true,
        counts: { error: 0, warning: 0, shortfall: 0 },
      },
    });
    expect(await host.loadState()).toMatchObject({ lang: "en", lastValidation: { ready: true } });
    await host.open(fs.readFileSync(SAMPLE), "again.xlsx");
    expect(await host.loadState()).toEqual({ lang: "en" });
    const listener = jest.fn();
    host.onEdited(listener)();
    expect(listener).not.toHaveBeenCalled();
  });

  it("passes on the reader’s error for a file that is no workbook", async () => {
    await expect(
      new PreviewHost().open(new TextEncoder().encode("not a workbook"), "notes.txt")
    ).rejects.toMatchObject({ name: "UnreadableWorkbookError", reason: "not-xlsx" });
  });
});
