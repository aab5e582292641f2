/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { act, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HostError } from "../../src/core";
import { PaneErrorBoundary } from "../../src/taskpane/components/PaneErrorBoundary";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot, snapshotWithError } from "./committee-snapshot";

const STALE_VI = "Kết quả đã cũ — bảng tính đã thay đổi. Hãy kiểm tra lại.";

/** The one finding of `snapshotWithError`, found by the code it shows (the same in both languages). */
const outOfRangeFinding = () => screen.getByRole("button", { name: /out-of-range/ });

describe("stale results, clearing and language", () => {
  it("marks the results out of date when the user edits a checked sheet, until validated again", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    act(() => host.edit());
    expect(screen.queryByText(STALE_VI)).toBeNull(); // nothing checked yet, so nothing is out of date

    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Sẵn sàng nộp");
    act(() => host.edit());
    expect(screen.getByText(STALE_VI)).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(screen.queryByText(STALE_VI)).toBeNull());
    expect(host.callsNamed("readSnapshot")).toHaveLength(2);
    expect(host.callsNamed("showReport")).toHaveLength(2);
  });

  it("marks the results out of date when the user edited while the validation ran", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.hold();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(host.callsNamed("readSnapshot")).toHaveLength(1));

    act(() => host.edit()); // typed while the workbook was being read: the read may have missed it
    act(() => host.release());

    await screen.findByText("Sẵn sàng nộp");
    expect(screen.getByText(STALE_VI)).toBeVisible();
  });

  it("disables Validate and Clear while a clear runs, and a second Clear joins the first", async () => {
    const host = new FakeHost(snapshotWithError());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("1 lỗi cần sửa");
    host.hold();

    const clearButton = screen.getByRole("button", { name: "Xoá đánh dấu" });
    await user.click(clearButton);
    expect(clearButton).toBeDisabled();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
    await user.click(clearButton);
    expect(host.callsNamed("clear")).toHaveLength(1);

    act(() => host.release());
    await screen.findByText("Đã xoá đánh dấu và trang báo cáo. Dữ liệu của bạn giữ nguyên.");
    expect(clearButton).toBeEnabled();
    expect(host.callsNamed("clear")).toHaveLength(1);
  });

  it("stops listening to edits when the pane goes away", () => {
    const host = new FakeHost(committeeSnapshot());
    const { unmount } = renderPane(host);
    expect(host.listenerCount).toBe(1);
    unmount();
    expect(host.listenerCount).toBe(0);
  });

  it("clears the highlights and the report sheet through the host and says so", async () => {
    const host = new FakeHost(snapshotWithError());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("1 lỗi cần sửa");

    await user.click(screen.getByRole("button", { name: "Xoá đánh dấu" }));
    expect(host.callsNamed("clear")).toHaveLength(1);
    await screen.findByText("Đã xoá đánh dấu và trang báo cáo. Dữ liệu của bạn giữ nguyên.");
    expect(screen.queryByText("1 lỗi cần sửa")).toBeNull();
  });

  it("switches the whole pane to English, findings included, and remembers the choice in the workbook", async () => {
    const host = new FakeHost(snapshotWithError());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("1 lỗi cần sửa");
    const viMessage = outOfRangeFinding().textContent;

    await user.selectOptions(screen.getByLabelText("Ngôn ngữ"), "English");
    expect(screen.getByText("1 error to fix")).toBeVisible();
    expect(screen.getByRole("button", { name: "Validate" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Clear" })).toBeVisible();
    expect(screen.getByLabelText("Language")).toHaveValue("en");
    const enButton = outOfRangeFinding();
    expect(enButton.textContent).not.toBe(viMessage);
    expect(enButton).toHaveTextContent("Error · Cell D3");
    await waitFor(() => expect(host.stored.lang).toBe("en"));
    // Translating the results needs no second read of the workbook.
    expect(host.callsNamed("readSnapshot")).toHaveLength(1);
  });

  it("opens in the language remembered in the workbook rather than Office’s, with the last check", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.stored = {
      lang: "en",
      lastValidation: {
        at: "2024-01-15T08:30:00.000Z",
        ready: false,
        counts: { error: 3, warning: 0, shortfall: 1 },
      },
    };
    renderPane(host, { lang: "vi" });
    await screen.findByRole("button", { name: "Validate" });
    expect(screen.getByText(/^Last check \(.+\): 3 errors\.$/)).toBeVisible();
  });
});

describe("when the workbook cannot be checked", () => {
  it("explains a protected sheet in the user’s language, without the technical message, and recovers", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.failures.readSnapshot = new HostError(
      "protected",
      "InvalidOperation: sheet is protected at Worksheet.getRange"
    );
    const { container, user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

    await screen.findByText(/Một trang tính đang được bảo vệ/);
    expect(container).not.toHaveTextContent("InvalidOperation");
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled();

    delete host.failures.readSnapshot;
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Sẵn sàng nộp");
    expect(screen.queryByText(/Một trang tính đang được bảo vệ/)).toBeNull();
  });

  it.each([
    ["editing", /Excel đang ở chế độ sửa ô/],
    ["no-committee-sheets", /không có các trang của biểu mẫu đảng bộ/],
    ["unreadable", /Không đọc được bảng tính/],
  ] as const)("explains %s", async (reason, text) => {
    const host = new FakeHost(committeeSnapshot());
    host.failures.readSnapshot = new HostError(reason, "raw");
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(text);
  });

  it("shows an unexpected exception as a plain message, never its stack", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.failures.readSnapshot = new TypeError(
      "Cannot read properties of undefined (reading 'values')"
    );
    const { container, user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText(/Đã có lỗi ngoài dự kiến/);
    expect(container).not.toHaveTextContent("TypeError");
    expect(container).not.toHaveTextContent("Cannot read properties");
    expect(container).not.toHaveTextContent(/at .+:\d+:\d+/);
  });

  it("still shows the results when marking the workbook fails, with the reason", async () => {
    const host = new FakeHost(snapshotWithError());
    host.failures.showReport = new HostError("protected", "raw");
    const { user } = renderPane(host, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByText(/A sheet is protected/);
    expect(screen.getByText("1 error to fix")).toBeVisible();
    expect(screen.getByRole("button", { name: "Validate" })).toBeEnabled();
  });

  it("says so when a cell cannot be reached", async () => {
    const host = new FakeHost(snapshotWithError());
    host.failures.goTo = new Error("ItemNotFound");
    const { user } = renderPane(host, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByText("1 error to fix");
    await user.click(outOfRangeFinding());
    await screen.findByText(/Could not go to this cell/);
  });
});

describe("a host that fails in unexpected places", () => {
  it("still validates when the host cannot report edits or remembered state", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.onEdited = () => {
      throw new ReferenceError("Excel is not defined");
    };
    host.loadState = () => Promise.reject(new Error("settings unavailable"));
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Sẵn sàng nộp");
  });

  it("shows a plain message in the user’s language if rendering ever fails, never a blank pane", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error("render failed");
    }
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <PaneErrorBoundary lang="en">
          <Broken />
        </PaneErrorBoundary>
      </FluentProvider>
    );
    quiet.mockRestore();
    expect(screen.getByRole("alert")).toHaveTextContent("Something unexpected went wrong.");
    expect(container).not.toHaveTextContent("render failed");
  });
});
