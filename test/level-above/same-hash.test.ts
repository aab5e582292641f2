/**
 * The stamp's promise: Excel, the preview and the command line compute the same hash for the same data.
 * The bundled sample is stamped by the command line, then read as each face reads it.
 */
import { mkdtempSync, readFileSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webcrypto } from "node:crypto";
import { formDataText, readStamp, validateWorkbook, type WorkbookSnapshot } from "../../src/core";
import { createExcelHost } from "../../src/excel/excel-host";
import { PreviewHost } from "../../src/preview/preview-host";
import { readWorkbook } from "../../src/xlsx";
import { runCli } from "../cli/cli-harness";
import { fakeCell } from "../excel/support/committee-book";
import { excelContext } from "../excel/support/fake-excel";
import { FakeWorkbook } from "../excel/support/fake-workbook";

let dir: string;
const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "tam-duong-2023.xlsx");

async function sha256(text: string): Promise<string> {
  return Buffer.from(
    await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode(text))
  ).toString("hex");
}

/** The workbook as Excel would hold it: the same cells, in a fake Excel the host reads through Office.js calls. */
function inExcel(snapshot: WorkbookSnapshot): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const sheet of snapshot.sheets)
    book.addSheet(
      sheet.name,
      sheet.rows.map((row) => (row ?? []).map((cell) => fakeCell(cell ?? null)))
    );
  return book;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-hash-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it("is the same from the command line, the preview and Excel, and matches the stamp", async () => {
  const file = join(dir, "tam-duong-2023.xlsx");
  copyFileSync(SAMPLE, file);
  expect((await runCli(["validate", file, "--stamp"])).code).toBe(0);
  const bytes = readFileSync(file);

  const fromFile = await readWorkbook(bytes);
  const stamp = readStamp(fromFile)!;
  const cliHash = await sha256(formDataText(fromFile));

  const preview = new PreviewHost();
  await preview.open(bytes, "tam-duong-2023.xlsx");
  const previewHash = await sha256(formDataText(await preview.readSnapshot()));

  const excel = createExcelHost({
    run: (batch) => batch(excelContext(inExcel(fromFile)).context),
    runWith: (c, b) => b(c),
    documentUrl: () => "x.xlsx",
  });
  const excelSnapshot = await excel.readSnapshot();
  const excelHash = await sha256(formDataText(excelSnapshot));

  expect({ cliHash, previewHash, excelHash }).toEqual({
    cliHash: stamp.hash,
    previewHash: stamp.hash,
    excelHash: stamp.hash,
  });
  expect(
    validateWorkbook(excelSnapshot, { workbook: "x", formDataHash: excelHash }).findings.map(
      (f) => f.code
    )
  ).not.toContain("stamp-changed");
});
