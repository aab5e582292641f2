import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { PreviewSession, SCREENSHOTS, screenshot } from "./preview-page";

const session = new PreviewSession();
let dir: string;
let workbookFile: string;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "committee-check-template-"));
  workbookFile = path.join(dir, "chi-co-don-vi.xlsx");
  // Only the units sheet, as staff often start from last year's list of units.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Tổ chức cơ sở đảng").addRows([
    ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
    ["X11", "Xã Kim Long", "Đảng bộ xã, thị trấn", 458],
  ]);
  await workbook.xlsx.writeFile(workbookFile);
  await session.start();
});

afterAll(async () => {
  await session.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("inserting the standard sheets in the preview", () => {
  it("adds the six sheets the workbook lacks as tabs, leaves the units sheet as it was, and says which were added", async () => {
    const page = await session.open();
    await page.locator("input[type=file]").setInputFiles(workbookFile);
    await page.getByTestId("file-name").filter({ hasText: "chi-co-don-vi.xlsx" }).waitFor();
    const tabs = page.getByRole("tab");
    // Fluent's tab repeats its label in a hidden copy that reserves the bold width: read one name per tab.
    const tabNames = () =>
      tabs.evaluateAll((elements) =>
        elements.map(
          (tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? tab.textContent
        )
      );
    await expect(tabNames()).resolves.toEqual(["Tổ chức cơ sở đảng"]);

    const form = page.getByRole("region", { name: "Mẫu biểu" });
    await form.getByRole("button", { name: "Thêm các sheet chuẩn" }).click();

    const added = page.getByTestId("inserted-sheets");
    await added.waitFor();
    await expect(added.textContent()).resolves.toContain(
      "Đã thêm 6 sheet: Kết nạp đảng viên, Trưởng thôn, tổ dân phố"
    );
    await expect(tabNames()).resolves.toEqual([
      "Tổ chức cơ sở đảng",
      "Kết nạp đảng viên",
      "Trưởng thôn, tổ dân phố",
      "Tổ chức đảng ngoài nhà nước",
      "Giao chỉ tiêu người đứng đầu",
      "Mục tiêu",
      "Tổng hợp",
    ]);
    // The user's own sheet is untouched.
    await page.getByRole("tab", { name: "Tổ chức cơ sở đảng", exact: true }).click();
    await expect(page.locator('[role="gridcell"][data-address="D2"]').textContent()).resolves.toBe(
      "458"
    );
    await page.getByRole("tab", { name: "Kết nạp đảng viên", exact: true }).click();
    await form.scrollIntoViewIfNeeded();
    await page.mouse.move(400, 400);
    await screenshot(page, "09-template");
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });
});
