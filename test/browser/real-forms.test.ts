/**
 * The preview on real workbooks: an .xls saved by LibreOffice is opened, validated, and a click on a
 * finding selects its cell in the grid; the ward sample (a real biểu mẫu) validates clean.
 */
import fs from "fs";
import path from "path";
import { validateWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { DIST, PreviewSession, SCREENSHOTS, screenshot, validate } from "./preview-page";

const XLS = path.join(
  __dirname,
  "..",
  "fixtures",
  "libreoffice",
  "real-forms-faults.libreoffice.xls"
);
const WARD = path.join(DIST, "samples/phuong-kim-long-2026.xlsx");

const session = new PreviewSession();

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await session.start();
});

afterAll(async () => {
  await session.stop();
});

describe("the preview on real workbooks", () => {
  it("opens an .xls, validates it, and a click on a finding selects its cell in the grid", async () => {
    const engine = validateWorkbook(await readWorkbook(fs.readFileSync(XLS)), {
      workbook: path.basename(XLS),
      lang: "vi",
      locale: "vi-VN",
    });
    expect(engine.counts.error).toBe(3);
    const page = await session.open();
    await page.locator("input[type=file]").setInputFiles(XLS);
    await page
      .getByTestId("file-name")
      .filter({ hasText: path.basename(XLS) })
      .waitFor();
    await validate(page);
    const withCell = page.locator('aside button[data-code]:not([data-cell=""])');
    expect(await withCell.count()).toBe(engine.findings.filter((finding) => finding.cell).length);
    const button = withCell.first();
    const cell = await button.getAttribute("data-cell");
    const sheet = await button
      .locator("xpath=ancestor::section[@data-sheet][1]")
      .getAttribute("data-sheet");
    await button.click();
    const selected = await page.evaluate(() => {
      const found = document.querySelector('[role="gridcell"][aria-selected="true"]');
      return {
        address: found?.getAttribute("data-address") ?? null,
        sheet: found?.closest('[role="grid"]')?.getAttribute("aria-label") ?? null,
      };
    });
    expect(selected).toEqual({ address: cell, sheet });
    await page.close();
  });

  it("validates the ward sample, a real biểu mẫu, as ready to submit", async () => {
    const page = await session.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator("input[type=file]").setInputFiles(WARD);
    await page.getByTestId("file-name").filter({ hasText: "phuong-kim-long-2026.xlsx" }).waitFor();
    await validate(page);
    await expect(page.getByTestId("verdict").textContent()).resolves.toMatch(/sẵn sàng|SẴN SÀNG/i);
    await screenshot(page, "pane-ward-sample");
    await page.close();
  });
});
