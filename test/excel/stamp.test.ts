import { webcrypto } from "node:crypto";
import {
  STAMP_SHEET_NAME,
  formDataText,
  makeStamp,
  readStamp,
  stampRows,
  validateWorkbook,
} from "../../src/core";
import { createExcelHost } from "../../src/excel/excel-host";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { committeeBook } from "./support/committee-book";
import { excelContext } from "./support/fake-excel";
import type { FakeWorkbook } from "./support/fake-workbook";

function hostOver(book: FakeWorkbook) {
  return createExcelHost({
    run: (batch) => batch(excelContext(book).context),
    runWith: (context, batch) => batch(context),
    documentUrl: () => "tam-duong-2023.xlsx",
  });
}

async function sha256(text: string): Promise<string> {
  const digest = await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(digest).toString("hex");
}

describe("the stamp in Excel", () => {
  it("is written as a very hidden sheet of text cells, and read back as the same stamp", async () => {
    const book = committeeBook();
    const host = hostOver(book);
    const snapshot = await host.readSnapshot();
    const report = validateWorkbook(snapshot, { workbook: "tam-duong-2023.xlsx" });
    const stamp = makeStamp(
      report,
      await sha256(formDataText(snapshot)),
      "0.1.0",
      new Date("2026-11-30T09:00:00Z")
    );
    const active = book.active;

    await host.writeStamp(stampRows(stamp));

    const sheet = book.sheet(STAMP_SHEET_NAME);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(book.cell(STAMP_SHEET_NAME, "B4")).toMatchObject({
      type: "String",
      numberFormat: "@",
      value: stamp.hash,
    });
    expect(book.active).toBe(active);
    const again = await readSnapshot(excelContext(book).context);
    expect(readStamp(again)).toEqual(stamp);
    // The stamp sheet is no form data: the hash over the workbook read back is the one stamped.
    expect(await sha256(formDataText(again))).toBe(stamp.hash);
    expect(
      validateWorkbook(again, { workbook: "x", formDataHash: stamp.hash }).findings.map(
        (f) => f.code
      )
    ).not.toContain("stamp-changed");
  });

  it("replaces an older stamp rather than adding a second sheet", async () => {
    const book = committeeBook();
    const host = hostOver(book);
    const report = validateWorkbook(await host.readSnapshot(), { workbook: "x" });
    await host.writeStamp(
      stampRows(makeStamp(report, "a".repeat(64), "0.1.0", new Date("2026-01-01T00:00:00Z")))
    );
    await host.writeStamp(
      stampRows(makeStamp(report, "b".repeat(64), "0.1.0", new Date("2026-02-01T00:00:00Z")))
    );
    expect(book.sheets.filter((sheet) => sheet.name === STAMP_SHEET_NAME)).toHaveLength(1);
    expect(readStamp(await readSnapshot(excelContext(book).context))?.hash).toBe("b".repeat(64));
  });
});
