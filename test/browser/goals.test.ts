import fs from "fs";
import { PreviewSession, SCREENSHOTS, screenshot, validate } from "./preview-page";

const VILLAGE_HEAD_RATE = "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên";

const session = new PreviewSession();

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await session.start();
});

afterAll(async () => {
  await session.stop();
});

describe("the goals editor in the preview", () => {
  it("raises the sample’s village-head goal to 95 %: the indicator then shows the goal and its shortfall", async () => {
    const page = await session.open();
    await validate(page);
    const card = page.locator('[data-indicator="village-head-rate"][data-scope="committee"]');
    await expect(card.textContent()).resolves.toContain("Mục tiêu: > 90 %");

    const pane = page.locator("aside");
    await expect(pane.getByTestId("goals-section").textContent()).resolves.toContain(
      "Theo sheet Mục tiêu trong tệp"
    );
    await page.getByRole("tab", { name: "Mục tiêu", exact: true }).click();
    await pane.getByRole("button", { name: "Sửa mục tiêu", exact: true }).click();
    const village = pane.locator("fieldset").filter({
      has: page.getByRole("combobox", { name: "Chỉ số" }).filter({ hasText: VILLAGE_HEAD_RATE }),
    });
    await expect(village.count()).resolves.toBe(1);
    const value = village.getByRole("textbox", { name: "Giá trị" });
    await expect(value.inputValue()).resolves.toBe("90");
    await value.fill("95");
    await pane
      .getByRole("heading", { name: "Mục tiêu", exact: true })
      .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await screenshot(page, "08-goals");
    await pane.getByRole("button", { name: "Lưu mục tiêu", exact: true }).click();

    await pane.getByText("Đã lưu mục tiêu vào bảng tính và kiểm tra lại.").waitFor();
    await page.waitForFunction(() => {
      const button = Array.from(document.querySelectorAll("aside button")).find(
        (b) => b.textContent?.trim() === "Kiểm tra"
      ) as HTMLButtonElement | undefined;
      return button !== undefined && !button.disabled;
    });
    const text = await card.textContent();
    expect(text).toContain("Mục tiêu: > 95 %");
    expect(text).toContain("Chưa đạt");
    expect(text).toContain("Còn thiếu 3");
    await expect(
      pane.locator('[data-goal="village-head-rate"][data-scope="committee"]').textContent()
    ).resolves.toContain("> 95 %");

    // The goals sheet in the grid holds the new value in the row it had, beside the sample's own description.
    await expect(page.locator('[role="gridcell"][data-address="E5"]').textContent()).resolves.toBe(
      "95"
    );
    await expect(page.locator('[role="gridcell"][data-address="C5"]').textContent()).resolves.toBe(
      VILLAGE_HEAD_RATE
    );

    await pane
      .getByRole("heading", { name: "Mục tiêu", exact: true })
      .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    // The pointer that pressed Save would hover the Edit button now in its place.
    await page.mouse.move(400, 400);
    await screenshot(page, "08-goals-saved");
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });
});
