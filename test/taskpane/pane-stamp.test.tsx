/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { webcrypto } from "node:crypto";
import { TextEncoder as NodeTextEncoder } from "node:util";
import { act, screen, waitFor } from "@testing-library/react";
import { STAMP_SHEET_NAME, readStamp, type WorkbookSnapshot } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot, snapshotWithError } from "./committee-snapshot";

// Excel's pane and the preview have Web Crypto and TextEncoder; jsdom has neither, Node has both.
beforeAll(() => {
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
  if (!globalThis.TextEncoder)
    Object.defineProperty(globalThis, "TextEncoder", {
      value: NodeTextEncoder,
      configurable: true,
    });
});

/** The workbook with one number of one sheet changed, as an edit in Excel would leave it. */
function edited(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  let done = false;
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        row?.map((cell) => {
          if (
            done ||
            sheet.name === STAMP_SHEET_NAME ||
            cell?.kind !== "number" ||
            !Number.isInteger(cell.value)
          )
            return cell;
          done = true;
          return { ...cell, value: (cell.value as number) + 1 };
        })
      ),
    })),
  };
}

describe("the stamp in the pane", () => {
  it("stamps a ready workbook in one click, then says it is stamped and unchanged", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByText("The workbook is not stamped.");

    await user.click(screen.getByRole("button", { name: "Stamp as checked" }));
    await waitFor(() =>
      expect(screen.getByTestId("stamp-section")).toHaveAttribute("data-stamp", "unchanged")
    );
    expect(screen.getByText(/^Stamped at .*; the data has not changed since\.$/)).toBeVisible();
    expect(host.callsNamed("writeStamp")).toHaveLength(1);
    const stamp = readStamp(host.snapshot)!;
    expect(stamp.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stamp.counts.error).toBe(0);
  });

  it("says the data changed since the stamp once the workbook is edited and checked again", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Validate" }));
    await user.click(await screen.findByRole("button", { name: "Stamp as checked" }));
    await waitFor(() =>
      expect(screen.getByTestId("stamp-section")).toHaveAttribute("data-stamp", "unchanged")
    );

    host.snapshot = edited(host.snapshot);
    act(() => host.edit());
    expect(screen.getByRole("button", { name: "Stamp as checked" })).toBeDisabled();
    expect(
      screen.getByText("The workbook was edited after the check: check it again before stamping.")
    ).toBeVisible();

    await user.click(screen.getAllByRole("button", { name: /Validate again|Validate/ })[0]);
    await waitFor(() =>
      expect(screen.getByTestId("stamp-section")).toHaveAttribute("data-stamp", "changed")
    );
    expect(screen.getByText(/but the data changed after that: stamp it again\./)).toBeVisible();
  });

  it("offers no stamp while the workbook has errors, and says why", async () => {
    const host = new FakeHost(snapshotWithError());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("1 lỗi cần sửa");
    expect(screen.getByRole("button", { name: "Đóng dấu đã kiểm tra" })).toBeDisabled();
    expect(screen.getByText("Chỉ đóng dấu được khi sổ không còn lỗi.")).toBeVisible();
  });

  it("says so when the stamp cannot be written, and leaves the workbook as it was", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.failures.writeStamp = new Error("protected");
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Đóng dấu đã kiểm tra" }));
    await screen.findByText("Không ghi được dấu vào sổ. Sổ có thể đang được bảo vệ; hãy thử lại.");
    expect(readStamp(host.snapshot)).toBeNull();
  });
});
