import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { PreviewSession, SCREENSHOTS, screenshot, validate } from "./preview-page";

const session = new PreviewSession();
let dir: string;
let workbookFile: string;

/** A committee workbook whose units sheet calls its members column “Quân số” rather than “Số đảng viên”. */
async function writeOneForeignHeader(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet("Tổ chức cơ sở đảng")
    .addRows([
      ["ĐẢNG BỘ HUYỆN TAM DƯƠNG — DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG"],
      ["Mã", "Tên tổ chức", "Loại hình", "Quân số"],
      ["X11", "Xã Kim Long", "Đảng bộ xã, thị trấn", 458],
      ["CB23", "Chi bộ Trường THPT Tam Dương", "Chi bộ trực thuộc", 38],
    ]);
  workbook.addWorksheet("Kết nạp đảng viên").addRows([
    ["Mã", "Chỉ tiêu", "Đã kết nạp"],
    ["X11", 12, 13],
    ["CB23", 3, 3],
  ]);
  workbook.addWorksheet("Trưởng thôn, tổ dân phố").addRows([
    ["Mã", "Số thôn, tổ dân phố", "Là đảng viên đầu năm", "Là đảng viên hiện nay"],
    ["X11", 12, 10, 11],
  ]);
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "committee-check-mapping-"));
  workbookFile = path.join(dir, "chi-bo-rieng.xlsx");
  await writeOneForeignHeader(workbookFile);
  await session.start();
});

afterAll(async () => {
  await session.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("matching a header in the preview", () => {
  it("walks through mapping one column: sees it missing, picks it in the panel, saves, and the workbook validates clean", async () => {
    const page = await session.open();
    await page.locator("input[type=file]").setInputFiles(workbookFile);
    await page.getByTestId("file-name").filter({ hasText: "chi-bo-rieng.xlsx" }).waitFor();
    await validate(page);

    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("1 lỗi cần sửa");
    await expect(page.locator('aside button[data-code="missing-column"]').count()).resolves.toBe(1);
    const panel = page.getByRole("region", { name: "Khớp tiêu đề" });
    const members = panel.getByRole("combobox", { name: "Cột “Số đảng viên”" });
    await members.selectOption({ label: "Quân số (cột D)" });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "07-mapping");

    await panel.getByRole("button", { name: "Lưu và kiểm tra lại" }).click();
    await page.getByTestId("verdict").filter({ hasText: "Sẵn sàng nộp" }).waitFor();
    await expect(page.getByRole("region", { name: "Khớp tiêu đề" }).count()).resolves.toBe(0);
    await expect(page.locator('aside button[data-code="missing-column"]').count()).resolves.toBe(0);
    const saved = page.getByRole("region", { name: "Tiêu đề đã khớp" });
    await expect(saved.getByRole("listitem").textContent()).resolves.toBe(
      "Tổ chức cơ sở đảng › Số đảng viên: cột “Quân số”"
    );
    // The mapping's sheet is very hidden in Excel; the preview shows no tab for it.
    await expect(page.getByRole("tab", { name: "CommitteeCheck.Mapping" }).count()).resolves.toBe(
      0
    );
    await saved.scrollIntoViewIfNeeded();
    await screenshot(page, "07-mapping-saved");

    await saved.getByRole("button", { name: "Đặt lại" }).click();
    await page.getByTestId("verdict").filter({ hasText: "1 lỗi cần sửa" }).waitFor();
    await expect(page.getByRole("region", { name: "Khớp tiêu đề" }).isVisible()).resolves.toBe(
      true
    );
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });
});
