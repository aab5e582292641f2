import { goTo } from "../../src/excel/go-to";
import { SETTINGS_KEY } from "../../src/excel/marker";
import { loadState, saveState } from "../../src/excel/settings";
import { committeeBook } from "./support/committee-book";
import { excelContext } from "./support/fake-excel";

const UNITS = "Tổ chức cơ sở đảng";

describe("goTo", () => {
  it("activates the finding’s sheet and selects its cell in one sync", async () => {
    const book = committeeBook();
    book.active = "Tổng hợp";
    const { context, fake } = excelContext(book);

    await goTo(context, "Kết nạp đảng viên", "C4");

    expect(book.active).toBe("Kết nạp đảng viên");
    expect(book.selection).toEqual({ sheet: "Kết nạp đảng viên", address: "C4" });
    expect(fake.syncCount).toBe(1);
  });

  it("activates the sheet alone for a sheet-level finding", async () => {
    const book = committeeBook();
    const { context } = excelContext(book);

    await goTo(context, "Tổng hợp");

    expect(book.active).toBe("Tổng hợp");
    expect(book.selection).toBeUndefined();
  });

  it("explains a sheet that is gone", async () => {
    const { context } = excelContext(committeeBook());
    await expect(goTo(context, "Renamed", "B2")).rejects.toMatchObject({
      name: "HostError",
      reason: "other",
      message: expect.stringContaining("Renamed"),
    });
  });

  it("refuses an address that is not a cell, without touching Excel", async () => {
    const book = committeeBook();
    const { context, fake } = excelContext(book);
    await expect(goTo(context, UNITS, "B2:C3")).rejects.toMatchObject({ name: "HostError" });
    expect(fake.syncCount).toBe(0);
  });

  it("turns cell-edit mode into HostError(editing)", async () => {
    const book = committeeBook();
    book.editing = true;
    const { context } = excelContext(book);
    await expect(goTo(context, UNITS, "B2")).rejects.toMatchObject({ reason: "editing" });
  });
});

describe("loadState / saveState", () => {
  it("round-trips the language and the last validation through workbook settings", async () => {
    const book = committeeBook();
    const state = {
      lang: "en" as const,
      lastValidation: {
        at: "2024-01-15T02:30:00.000Z",
        ready: false,
        counts: { error: 2, warning: 1, shortfall: 3 },
      },
    };

    await saveState(excelContext(book).context, state);
    const { context, fake } = excelContext(book);
    const loaded = await loadState(context);

    expect(loaded).toEqual(state);
    expect(typeof book.settings.get(SETTINGS_KEY)).toBe("string");
    expect(fake.syncCount).toBe(1);
  });

  it("starts from nothing in a workbook never checked", async () => {
    await expect(loadState(excelContext(committeeBook()).context)).resolves.toEqual({});
  });

  it("ignores a damaged setting rather than failing to open", async () => {
    const book = committeeBook();
    book.settings.set(SETTINGS_KEY, '{"lang":"fr","lastValidation":{"at":5}');
    await expect(loadState(excelContext(book).context)).resolves.toEqual({});
    book.settings.set(
      SETTINGS_KEY,
      JSON.stringify({ lang: "vi", lastValidation: { at: "x", ready: "yes" } })
    );
    await expect(loadState(excelContext(book).context)).resolves.toEqual({ lang: "vi" });
  });
});
