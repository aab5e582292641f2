/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { HostError } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot } from "./committee-snapshot";

function formSection(): HTMLElement {
  return screen.getByRole("region", { name: "Mẫu biểu" });
}

describe("inserting the standard sheets from the pane", () => {
  it("adds the sheets the workbook lacks, in the pane’s language, and says which", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    expect(
      within(formSection()).getByText(
        "Thêm vào tệp các sheet của biểu mẫu chuẩn mà tệp còn thiếu. Sheet đã có không bị thay đổi."
      )
    ).toBeVisible();

    await user.click(within(formSection()).getByRole("button", { name: "Thêm các sheet chuẩn" }));

    expect(await screen.findByTestId("inserted-sheets")).toHaveTextContent(
      "Đã thêm 4 sheet: Tổ chức đảng ngoài nhà nước, Giao chỉ tiêu người đứng đầu, Mục tiêu, Tổng hợp."
    );
    expect(host.callsNamed("insertStandardSheets")).toEqual([
      { name: "insertStandardSheets", lang: "vi" },
    ]);
    expect(host.snapshot.sheets.map((sheet) => sheet.name)).toEqual([
      "Units",
      "Admissions",
      "Village heads",
      "Tổ chức đảng ngoài nhà nước",
      "Giao chỉ tiêu người đứng đầu",
      "Mục tiêu",
      "Tổng hợp",
    ]);
    // Nothing was on screen to go out of date, so nothing was validated.
    expect(host.callsNamed("readSnapshot")).toHaveLength(0);
  });

  it("says when none was missing", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host, { lang: "en" });
    const button = screen.getByRole("button", { name: "Insert standard sheets" });
    await user.click(button);
    await screen.findByText(
      /^Added 4 sheets: Private-sector organisations, Leader targets, Goals, Summary\.$/
    );
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(
      await screen.findByText("The workbook already has every standard sheet; nothing was added.")
    ).toBeVisible();
    expect(host.callsNamed("insertStandardSheets").map((call) => call.lang)).toEqual(["en", "en"]);
  });

  it("is offered in the message for a workbook without committee sheets, and validates once they are added", async () => {
    const host = new FakeHost({ sheets: [{ name: "Sheet1", rows: [] }] });
    host.failures.readSnapshot = new HostError(
      "no-committee-sheets",
      "None of the sheets (Sheet1) is a committee form sheet."
    );
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

    const message = await screen.findByText(
      /Bảng tính này không có các trang của biểu mẫu đảng bộ/
    );
    const bar = message.closest('[data-reason="no-committee-sheets"]') as HTMLElement;
    // The workbook now reads as Excel would read it once the sheets are there.
    delete host.failures.readSnapshot;
    await user.click(within(bar).getByRole("button", { name: "Thêm các sheet chuẩn" }));

    expect(await screen.findByTestId("inserted-sheets")).toHaveTextContent(
      /^Đã thêm 7 sheet: Tổ chức cơ sở đảng, /
    );
    await screen.findByTestId("verdict");
    expect(screen.queryByText(/Bảng tính này không có các trang của biểu mẫu đảng bộ/)).toBeNull();
    const report = host.callsNamed("showReport")[0].report;
    expect(
      report.findings.filter((finding) =>
        ["missing-sheet", "missing-column", "duplicate-column"].includes(finding.code)
      )
    ).toEqual([]);
  });

  it("says so for a workbook none of whose sheets is a form sheet, writes nothing into it, and offers to match its sheets", async () => {
    const text = (value: string) => ({ value, kind: "text" as const });
    const host = new FakeHost({
      sheets: [{ name: "Danh sách chi bộ", rows: [[text("Ký hiệu"), text("Tên chi, đảng bộ")]] }],
    });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

    const message = await screen.findByText(
      /Bảng tính này không có các trang của biểu mẫu đảng bộ/
    );
    const bar = message.closest('[data-reason="no-committee-sheets"]') as HTMLElement;
    expect(within(bar).getByRole("button", { name: "Thêm các sheet chuẩn" })).toBeEnabled();
    // No highlight and no report sheet in what is probably another file.
    expect(host.callsNamed("showReport")).toEqual([]);
    // The workbook's own sheet is offered as one of the form's sheets.
    const panel = await screen.findByRole("region", { name: "Khớp tiêu đề" });
    expect(
      within(panel).getAllByRole("option", { name: "Danh sách chi bộ" }).length
    ).toBeGreaterThan(0);
  });

  it("explains a refusal in the user’s words", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.failures.insertStandardSheets = new HostError(
      "protected",
      "AccessDenied: The workbook is protected."
    );
    const { user } = renderPane(host);
    await user.click(within(formSection()).getByRole("button", { name: "Thêm các sheet chuẩn" }));
    expect(await screen.findByText(/Một trang tính đang được bảo vệ/)).toBeVisible();
    expect(screen.queryByTestId("inserted-sheets")).toBeNull();
  });

  it("can be reached and pressed from the keyboard", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    const button = within(formSection()).getByRole("button", { name: "Thêm các sheet chuẩn" });
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await user.tab();
      reached = document.activeElement === button;
    }
    expect(reached).toBe(true);
    await user.keyboard("{Enter}");
    await screen.findByTestId("inserted-sheets");
    expect(host.callsNamed("insertStandardSheets")).toHaveLength(1);
  });
});
