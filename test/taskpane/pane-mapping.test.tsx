/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { EMPTY_MAPPING, MAPPING_SHEET_NAME, readMapping } from "../../src/core";
import { HostError } from "../../src/core";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot } from "./committee-snapshot";

const text = (value: string): CellSnapshot => ({ value, kind: "text" });

/** The committee workbook with the units sheet's header row (row 1) replaced. */
function withUnitsHeaders(headers: string[], sheetName = "Units"): WorkbookSnapshot {
  const snapshot = committeeSnapshot();
  return {
    sheets: snapshot.sheets.map((sheet): SheetSnapshot =>
      sheet.name === "Units"
        ? { name: sheetName, rows: [headers.map(text), ...sheet.rows.slice(1)] }
        : sheet
    ),
  };
}

async function validate(user: ReturnType<typeof renderPane>["user"], name = "Kiểm tra") {
  await user.click(screen.getByRole("button", { name }));
  await screen.findByTestId("verdict");
  await waitFor(() => expect(screen.getByRole("button", { name })).toBeEnabled());
}

function panel(name = "Khớp tiêu đề"): HTMLElement {
  return screen.getByRole("region", { name });
}

describe("matching a committee’s own headers in the pane", () => {
  it("offers the sheet’s headers for the missing column, saves the pick in the workbook and validates clean", async () => {
    const host = new FakeHost(withUnitsHeaders(["Code", "Name", "Type", "Quân số"]));
    const { user } = renderPane(host);
    await validate(user);
    expect(screen.getByText("1 lỗi cần sửa")).toBeVisible();

    const matching = panel();
    expect(
      within(matching).getByRole("group", { name: "Tổ chức cơ sở đảng — sheet “Units”" })
    ).toBeVisible();
    const members = within(matching).getByRole("combobox", { name: "Cột “Số đảng viên”" });
    // Recognised headers and the data below the header row are not offered; the unrecognised header is, with its column.
    expect(
      within(members)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual(["— Chọn —", "Quân số (cột D)"]);
    await user.selectOptions(members, "Quân số (cột D)");
    await user.click(within(matching).getByRole("button", { name: "Lưu và kiểm tra lại" }));

    await screen.findByText("Sẵn sàng nộp");
    expect(host.callsNamed("saveMapping").map((call) => call.mapping)).toEqual([
      { sheets: {}, columns: { units: { members: "Quân số" } } },
    ]);
    expect(host.callsNamed("readSnapshot")).toHaveLength(2);
    expect(host.snapshot.sheets.map((sheet) => sheet.name)).toContain(MAPPING_SHEET_NAME);
    expect(screen.queryByRole("region", { name: "Khớp tiêu đề" })).toBeNull();
    const saved = screen.getByRole("region", { name: "Tiêu đề đã khớp" });
    expect(within(saved).getByRole("listitem")).toHaveTextContent(
      "Tổ chức cơ sở đảng › Số đảng viên: cột “Quân số”"
    );
  });

  it("asks which sheet a missing sheet is, then for the columns of the sheet picked", async () => {
    const host = new FakeHost(
      withUnitsHeaders(["Ký hiệu", "Tên chi, đảng bộ", "Phân loại", "Quân số"], "Danh sách chi bộ")
    );
    const { user } = renderPane(host);
    await validate(user);

    const matching = panel();
    const group = within(matching).getByRole("group", { name: "Tổ chức cơ sở đảng" });
    expect(within(group).getByText("Chọn sheet trước để thấy các cột của sheet đó.")).toBeVisible();
    await user.selectOptions(
      within(group).getByRole("combobox", { name: "Sheet nào là “Tổ chức cơ sở đảng”?" }),
      "Danh sách chi bộ"
    );

    const pick = async (field: string, option: string) =>
      user.selectOptions(within(group).getByRole("combobox", { name: `Cột “${field}”` }), option);
    await pick("Mã", "Ký hiệu (cột A)");
    await pick("Tên tổ chức", "Tên chi, đảng bộ (cột B)");
    await pick("Loại hình", "Phân loại (cột C)");
    await pick("Số đảng viên", "Quân số (cột D)");
    await user.click(within(matching).getByRole("button", { name: "Lưu và kiểm tra lại" }));

    await screen.findByText("Sẵn sàng nộp");
    expect(readMapping(host.snapshot)).toEqual({
      sheets: { units: "Danh sách chi bộ" },
      columns: {
        units: { code: "Ký hiệu", name: "Tên chi, đảng bộ", type: "Phân loại", members: "Quân số" },
      },
    });
    const saved = within(screen.getByRole("region", { name: "Tiêu đề đã khớp" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(saved[0]).toBe("Tổ chức cơ sở đảng: sheet “Danh sách chi bộ”");
    expect(saved).toHaveLength(5);
  });

  it("resets the saved mapping, and the workbook is back to its missing column", async () => {
    const host = new FakeHost(withUnitsHeaders(["Code", "Name", "Type", "Quân số"]));
    await host.saveMapping({ sheets: {}, columns: { units: { members: "Quân số" } } });
    host.calls.length = 0;
    const { user } = renderPane(host);
    await validate(user);
    expect(screen.getByText("Sẵn sàng nộp")).toBeVisible();

    await user.click(
      within(screen.getByRole("region", { name: "Tiêu đề đã khớp" })).getByRole("button", {
        name: "Đặt lại",
      })
    );

    await screen.findByText("1 lỗi cần sửa");
    expect(host.callsNamed("saveMapping").map((call) => call.mapping)).toEqual([EMPTY_MAPPING]);
    expect(host.snapshot.sheets.map((sheet) => sheet.name)).not.toContain(MAPPING_SHEET_NAME);
    expect(screen.queryByRole("region", { name: "Tiêu đề đã khớp" })).toBeNull();
    expect(panel()).toBeVisible();
  });

  it("refuses the same header for two fields, and an empty pick, without touching the workbook", async () => {
    const host = new FakeHost(withUnitsHeaders(["Ký hiệu", "Tên", "Type", "Party members"]));
    const { user } = renderPane(host);
    await validate(user);
    const matching = panel();

    await user.click(within(matching).getByRole("button", { name: "Lưu và kiểm tra lại" }));
    expect(within(matching).getByText("Hãy chọn ít nhất một sheet hoặc một cột.")).toBeVisible();

    await user.selectOptions(
      within(matching).getByRole("combobox", { name: "Cột “Mã”" }),
      "Ký hiệu (cột A)"
    );
    await user.selectOptions(
      within(matching).getByRole("combobox", { name: "Cột “Tên tổ chức”" }),
      "Ký hiệu (cột A)"
    );
    expect(within(matching).getByText("Cột này đã được chọn cho một mục khác.")).toBeVisible();
    await user.click(within(matching).getByRole("button", { name: "Lưu và kiểm tra lại" }));

    expect(host.callsNamed("saveMapping")).toHaveLength(0);
    expect(host.callsNamed("readSnapshot")).toHaveLength(1);
  });

  it("says so when the workbook’s structure is protected, and does not validate again", async () => {
    const host = new FakeHost(withUnitsHeaders(["Code", "Name", "Type", "Quân số"]));
    host.failures.saveMapping = new HostError("protected", "AccessDenied");
    const { user } = renderPane(host);
    await validate(user);

    const matching = panel();
    await user.selectOptions(
      within(matching).getByRole("combobox", { name: "Cột “Số đảng viên”" }),
      "Quân số (cột D)"
    );
    await user.click(within(matching).getByRole("button", { name: "Lưu và kiểm tra lại" }));

    expect(await within(matching).findByText(/Cấu trúc bảng tính đang được bảo vệ/)).toBeVisible();
    expect(host.callsNamed("readSnapshot")).toHaveLength(1);
  });

  it("is reached with Tab from the Validate button, its controls labelled, and saved with Enter", async () => {
    const host = new FakeHost(withUnitsHeaders(["Code", "Name", "Type", "Quân số"]));
    const { user } = renderPane(host, { lang: "en" });
    await validate(user, "Validate");

    const matching = panel("Match headers");
    const members = within(matching).getByRole("combobox", { name: "Column “Party members”" });
    screen.getByRole("button", { name: "Validate" }).focus();
    for (let presses = 0; presses < 10 && document.activeElement !== members; presses++)
      await user.tab();
    expect(members).toHaveFocus();
    await user.selectOptions(members, "Quân số (column D)");
    await user.tab();
    const save = within(matching).getByRole("button", { name: "Save and validate again" });
    expect(save).toHaveFocus();
    await user.keyboard("{Enter}");

    await screen.findByText("Ready to submit");
    expect(
      within(screen.getByRole("region", { name: "Matched headers" })).getByRole("listitem")
    ).toHaveTextContent("Units › Party members: column “Quân số”");
  });

  it("stays away from a workbook whose sheets and headers are recognised", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await validate(user);
    expect(screen.queryByRole("region", { name: "Khớp tiêu đề" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Tiêu đề đã khớp" })).toBeNull();
  });
});
