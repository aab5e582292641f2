/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, within } from "@testing-library/react";
import type { SelfCheckResult } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot } from "./committee-snapshot";

const RESULT: SelfCheckResult = {
  version: "16.0.4266.1001",
  platform: "PC",
  sets: [
    { name: "ExcelApi 1.1", supported: true },
    { name: "ExcelApi 1.2", supported: false },
  ],
  checks: [
    {
      label: { vi: "Đọc ô (vùng đã dùng, giá trị)", en: "Read cells (used range, values)" },
      ok: true,
      detail: { vi: "Hoạt động.", en: "Works." },
    },
    {
      label: {
        vi: "Tô màu ô có lỗi (định dạng có điều kiện)",
        en: "Highlight cells (conditional formats)",
      },
      ok: null,
      detail: {
        vi: "Không thử: Excel này chưa có ExcelApi 1.6.",
        en: "Not tried: this Excel lacks ExcelApi 1.6.",
      },
    },
    {
      label: { vi: "Biểu đồ trên trang kết quả", en: "Chart on the report sheet" },
      ok: false,
      detail: { vi: "Lỗi: GeneralException", en: "Failed: GeneralException" },
    },
  ],
};

describe("Kiểm tra cài đặt in the pane", () => {
  it('runs the host’s self-check and shows a plain table, which "Sao chép" copies as text', async () => {
    const host = new FakeHost(committeeSnapshot());
    let runs = 0;
    Object.assign(host, { selfCheck: async () => (runs++, RESULT) });
    const { user } = renderPane(host, { lang: "vi" });

    await user.click(screen.getByRole("button", { name: "Kiểm tra cài đặt" }));
    const table = await screen.findByRole("table", { name: "Kết quả kiểm tra cài đặt" });
    expect(runs).toBe(1);
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(rows).toContain("Excel16.0.4266.1001PC");
    expect(rows).toContain("ExcelApi 1.2Không");
    expect(rows).toContain(
      "Tô màu ô có lỗi (định dạng có điều kiện)Không thửKhông thử: Excel này chưa có ExcelApi 1.6."
    );
    expect(rows).toContain("Biểu đồ trên trang kết quảLỗiLỗi: GeneralException");

    await user.click(screen.getByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText("Đã sao chép.")).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.split("\n")).toEqual([
      "Excel\t16.0.4266.1001",
      "Nền tảng\tPC",
      "ExcelApi 1.1\tCó",
      "ExcelApi 1.2\tKhông",
      "Đọc ô (vùng đã dùng, giá trị)\tĐược\tHoạt động.",
      "Tô màu ô có lỗi (định dạng có điều kiện)\tKhông thử\tKhông thử: Excel này chưa có ExcelApi 1.6.",
      "Biểu đồ trên trang kết quả\tLỗi\tLỗi: GeneralException",
    ]);
  });

  it("is not offered where the host has no self-check (the preview)", () => {
    renderPane(new FakeHost(committeeSnapshot()), { lang: "en" });
    expect(screen.queryByRole("button", { name: "Check this Excel" })).toBeNull();
  });
});
