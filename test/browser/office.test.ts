/**
 * Issue 11 in Chromium: a click on "Kiểm tra" while the sample is still loading is not lost; at 420 px the
 * grid and the pane stack; a unit's bar goes to its row in the grid. Also takes the README's bars screenshot.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { PreviewSession, SCREENSHOTS, validate } from "./preview-page";

const session = new PreviewSession();
const README_SHOTS = path.resolve(__dirname, "../../assets/screenshots");

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  fs.mkdirSync(README_SHOTS, { recursive: true });
  await session.start();
});

afterAll(async () => {
  await session.stop();
});

/** The text of the one selected grid cell, and the sheet of its grid. */
async function selectedCell(page: Page): Promise<{ text: string | null; sheet: string | null }> {
  return page.evaluate(() => {
    const cells = Array.from(document.querySelectorAll('[role="gridcell"][aria-selected="true"]'));
    const cell = cells.length === 1 ? cells[0] : null;
    return {
      text: cell?.textContent?.trim() ?? null,
      sheet: cell?.closest('[role="grid"]')?.getAttribute("aria-label") ?? null,
    };
  });
}

describe("the preview while its workbook loads", () => {
  it('keeps a click on "Kiểm tra" made before the sample has arrived: the pane shows it is reading, then the results', async () => {
    const page = await session.page();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/samples/tam-duong-2023.xlsx", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${session.origin}/preview.html`);
    const button = page.locator("aside").getByRole("button", { name: "Kiểm tra", exact: true });
    await button.waitFor();
    await expect(page.getByTestId("file-name").textContent()).resolves.not.toContain(
      "tam-duong-2023.xlsx"
    );

    await button.click();
    // Visible while waiting: the run is under way (button disabled, progress shown), nothing is lost.
    await expect(button.isDisabled()).resolves.toBe(true);
    await page.locator('aside [role="progressbar"]').waitFor();

    release();
    await page.getByTestId("verdict").waitFor();
    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("Sẵn sàng nộp");
    await expect(page.getByTestId("file-name").textContent()).resolves.toContain(
      "tam-duong-2023.xlsx"
    );
    await page.close();
  });
});

describe("the preview in a narrow window", () => {
  it("stacks the grid above the pane at 420 px instead of squeezing the workbook column", async () => {
    const page = await session.open("", "light", { width: 420, height: 860 });
    const workbook = await page.locator("section[aria-label]").first().boundingBox();
    const pane = await page.locator("aside").boundingBox();
    const fileName = await page.getByTestId("file-name").boundingBox();
    expect(workbook && pane && fileName).toBeTruthy();
    // One above the other, each the window's width; the file name on one line.
    expect(pane!.y).toBeGreaterThanOrEqual(workbook!.y + workbook!.height - 1);
    expect(workbook!.width).toBeGreaterThan(400);
    expect(pane!.width).toBeGreaterThan(400);
    expect(fileName!.height).toBeLessThan(40);
    await page.screenshot({ path: path.join(SCREENSHOTS, "11-narrow-420.png"), fullPage: true });
    await page.close();
  });
});

describe("the bars per unit", () => {
  it("goes to the unit’s row in the grid when its bar is clicked", async () => {
    const page = await session.open();
    await validate(page);
    const figure = page.locator('figure[data-bars="village-head-rate"]');
    await figure.waitFor();
    const bars = figure.getByRole("button");
    expect(await bars.count()).toBeGreaterThan(1);
    const last = bars.last();
    const scope = await last.getAttribute("data-scope");

    await last.click();
    const selected = await selectedCell(page);
    expect(selected.text).toBe(scope);
    expect(selected.sheet).toMatch(/Trưởng thôn/);

    // And by keyboard, on another bar.
    const first = bars.first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(selectedCell(page).then((cell) => cell.text)).resolves.toBe(
      await first.getAttribute("data-scope")
    );

    // Tall enough for the whole section to be painted at once (an element screenshot of a long section otherwise tiles).
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page
      .locator('section[aria-labelledby="unit-bars-heading"]')
      .screenshot({ path: path.join(README_SHOTS, "pane-bars.png") });
    await page.close();
  });
});
