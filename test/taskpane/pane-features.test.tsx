/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, within } from "@testing-library/react";
import { capabilitiesAt, describeFeatures } from "../../src/excel/capabilities";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot } from "./committee-snapshot";

/** A host that says what its Excel can do, as the Excel host does at ExcelApi 1.`level`. */
function hostAt(level: number): FakeHost {
  const host = new FakeHost(committeeSnapshot());
  Object.assign(host, { features: () => describeFeatures(capabilitiesAt(level, level >= 7)) });
  return host;
}

describe("the pane on an older Excel", () => {
  it("says plainly, on Excel 2016 (ExcelApi 1.1), which features are off and why", () => {
    renderPane(hostAt(1), { lang: "vi" });
    const notice = screen.getByTestId("host-features");
    expect(notice).toHaveTextContent("ExcelApi 1.1");
    const highlights = within(notice).getByText("Tô màu ô có lỗi").closest("li");
    expect(highlights).toHaveTextContent("ExcelApi 1.6");
    expect(
      within(notice).getByText("Báo kết quả đã cũ khi sửa bảng tính").closest("li")
    ).toHaveTextContent("hãy bấm Kiểm tra lại");
    expect(
      within(notice).getByText("Liên kết từ trang kết quả đến ô").closest("li")
    ).toHaveTextContent("HYPERLINK");
  });

  it("in English too", () => {
    renderPane(hostAt(6), { lang: "en" });
    const notice = screen.getByTestId("host-features");
    expect(within(notice).queryByText("Highlight the cells with findings")).toBeNull();
    expect(
      within(notice).getByText("Mark results out of date after an edit").closest("li")
    ).toHaveTextContent("click Validate again");
  });

  it("shows nothing where everything works", () => {
    renderPane(hostAt(9), { lang: "vi" });
    expect(screen.queryByTestId("host-features")).toBeNull();
  });
});
