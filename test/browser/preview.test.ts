import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { validateWorkbook } from "../../src/core";
import type { Report } from "../../src/core";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { DIST, PreviewSession, SCREENSHOTS, screenshot, validate } from "./preview-page";

const SAMPLE = path.join(DIST, "samples/tam-duong-2023.xlsx");
const MISTAKES = path.join(DIST, "samples/tam-duong-2023-mistakes.xlsx");

const session = new PreviewSession();

/** What the engine says about a file, read in Node, to compare with what the pane shows. */
async function engineReport(file: string): Promise<Report> {
  return validateWorkbook(await readWorkbook(fs.readFileSync(file)), {
    workbook: path.basename(file),
    lang: "vi",
    locale: "vi-VN",
  });
}

async function openMistakes(page: Page): Promise<void> {
  await page.locator("input[type=file]").setInputFiles(MISTAKES);
  await page.getByTestId("file-name").filter({ hasText: "tam-duong-2023-mistakes.xlsx" }).waitFor();
}

async function selectedCell(
  page: Page
): Promise<{ address: string | null; sheet: string | null; focused: boolean }> {
  return page.evaluate(() => {
    const cells = Array.from(document.querySelectorAll('[role="gridcell"][aria-selected="true"]'));
    const cell = cells.length === 1 ? cells[0] : null;
    return {
      address: cell?.getAttribute("data-address") ?? null,
      sheet: cell?.closest('[role="grid"]')?.getAttribute("aria-label") ?? null,
      focused: cell !== null && document.activeElement === cell,
    };
  });
}

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await session.start();
});

afterAll(async () => {
  await session.stop();
});

describe("the preview in Chromium", () => {
  it("validates the bundled sample as ready to submit, with the village-head rate of 93,08 %", async () => {
    const page = await session.open();
    await screenshot(page, "01-opened");
    await validate(page);

    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("Sẵn sàng nộp");
    const villageHeads = page.locator(
      '[data-indicator="village-head-rate"][data-scope="committee"]'
    );
    await expect(villageHeads.textContent()).resolves.toMatch(
      /93,08 %.*Đạt.*121 \/ 130.*Mục tiêu: > 90 %/
    );
    const expected = await engineReport(SAMPLE);
    const counts = await page.getByRole("list", { name: "Số lượng" }).textContent();
    expect(counts).toContain(`Lỗi: 0`);
    expect(counts).toContain(`Chưa đạt mục tiêu: ${expected.counts.shortfall}`);
    await screenshot(page, "02-sample-ready");
    await page.close();
  });

  it("opens the sample with mistakes from the file button and shows its errors, marked in the grid", async () => {
    const page = await session.open();
    await openMistakes(page);
    await validate(page);
    const expected = await engineReport(MISTAKES);
    expect(expected.counts.error).toBeGreaterThan(0);

    await expect(page.getByTestId("verdict").textContent()).resolves.toContain(
      `${expected.counts.error} lỗi cần sửa`
    );
    const filter = page.getByRole("group", { name: "Lọc theo mức độ" });
    await filter.getByRole("button", { name: `Lỗi (${expected.counts.error})` }).click();
    const shown = await page
      .locator("aside button[data-code]")
      .evaluateAll((buttons) =>
        buttons.map(
          (b) =>
            `${b.getAttribute("data-code")}@${b.closest("section[data-sheet]")?.getAttribute("data-sheet")}!${b.getAttribute("data-cell")}`
        )
      );
    const errors = expected.findings.filter(
      (f) => f.severity === "error" && f.code !== "missing-sheet"
    );
    expect(shown.sort()).toEqual(errors.map((f) => `${f.code}@${f.sheet}!${f.cell ?? ""}`).sort());
    // The grid shows the first sheet; its error cells are marked with their message as a title.
    const firstSheet = await page.getByRole("grid").getAttribute("aria-label");
    const markedHere = errors.filter((f) => f.sheet === firstSheet && f.cell);
    for (const finding of markedHere) {
      const cell = page.locator(`[role="gridcell"][data-address="${finding.cell}"]`);
      await expect(cell.getAttribute("data-severity")).resolves.toBe("error");
      await expect(cell.getAttribute("title")).resolves.toContain(finding.message);
    }
    await screenshot(page, "03-mistakes-errors");

    await page.getByRole("button", { name: "Xoá đánh dấu" }).click();
    await page.getByText("Đã xoá đánh dấu và trang báo cáo. Dữ liệu của bạn giữ nguyên.").waitFor();
    await expect(page.locator('[role="gridcell"][data-severity]').count()).resolves.toBe(0);
    await page.close();
  });

  it("selects a finding’s cell in the grid on a click, and with Enter and Space from the keyboard", async () => {
    const page = await session.open();
    await openMistakes(page);
    await validate(page);
    const withCell = page.locator('aside button[data-code]:not([data-cell=""])');
    expect(await withCell.count()).toBeGreaterThan(2);

    const target = async (index: number) => {
      const button = withCell.nth(index);
      return {
        button,
        cell: await button.getAttribute("data-cell"),
        sheet: await button
          .locator("xpath=ancestor::section[@data-sheet][1]")
          .getAttribute("data-sheet"),
      };
    };

    const first = await target(0);
    await first.button.click();
    await expect(selectedCell(page)).resolves.toEqual({
      address: first.cell,
      sheet: first.sheet,
      focused: true,
    });
    await expect(page.getByTestId("selected-cell").textContent()).resolves.toBe(first.cell);
    await expect(
      page.getByRole("tab", { name: first.sheet!, exact: true }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    await screenshot(page, "04-go-to-cell");

    const last = await target((await withCell.count()) - 1);
    await last.button.focus();
    await page.keyboard.press("Enter");
    await expect(selectedCell(page)).resolves.toEqual({
      address: last.cell,
      sheet: last.sheet,
      focused: true,
    });

    const second = await target(1);
    await second.button.focus();
    await page.keyboard.press("Space");
    await expect(selectedCell(page)).resolves.toMatchObject({
      address: second.cell,
      sheet: second.sheet,
    });

    // Tab reaches the findings from the Validate button: they are in the keyboard order.
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.matches("aside button[data-code]") ?? false
      );
    }
    expect(reached).toBe(true);
    await page.close();
  });

  it("switches the pane and the preview to English and back", async () => {
    const page = await session.open();
    await openMistakes(page);
    await validate(page);
    const expected = await engineReport(MISTAKES);

    await page.getByLabel("Ngôn ngữ").selectOption("en");
    await page.getByRole("button", { name: "Validate", exact: true }).waitFor();
    const verdict = await page.getByTestId("verdict").textContent();
    expect(verdict).toContain(
      `${expected.counts.error} ${expected.counts.error === 1 ? "error" : "errors"} to fix`
    );
    await expect(page.getByRole("button", { name: "Open file…" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Clear" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("aside").textContent()).resolves.not.toContain("Kiểm tra");
    await screenshot(page, "05-english");

    await page.getByLabel("Language").selectOption("vi");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("lỗi cần sửa");
    await page.close();
  });

  it("follows a dark system theme with Fluent’s dark theme, as the pane follows Office’s", async () => {
    const page = await session.open("", "dark");
    await validate(page);
    const background = await page
      .locator("aside main")
      .evaluate((main) => getComputedStyle(main).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80);
    await screenshot(page, "06-dark");
    await page.close();
  });

  it("opens in English when the address asks for it", async () => {
    const page = await session.open("?lang=en");
    await expect(
      page.getByRole("button", { name: "Validate", exact: true }).isVisible()
    ).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Open file…" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("sends no request anywhere but its own origin, and logs no console error", () => {
    expect(session.requests.length).toBeGreaterThan(0);
    const outside = session.requests.filter(
      (url) => !url.startsWith(`${session.origin}/`) && !/^http:\/\/localhost:\d+\//.test(url)
    );
    expect(outside).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
