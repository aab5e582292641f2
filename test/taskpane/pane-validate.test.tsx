/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { PaneController } from "../../src/taskpane/use-pane-controller";
import type { Report } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot, snapshotWithError, snapshotWithShortfall } from "./committee-snapshot";

const VILLAGE_HEAD_RATE = "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên";

/** The card of one of the committee's own figures, found by the title the user reads on it. */
function committeeCard(title: string): HTMLElement {
  const cards = within(screen.getByRole("list", { name: "Toàn đảng bộ" }));
  const card = cards.getByText(title).closest("article");
  if (!card) throw new Error(`No card for ${title}`);
  return card;
}

describe("validating from the pane", () => {
  it("shows progress with an accessible label and disables the button while it runs", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.hold();
    const { user } = renderPane(host);
    const button = screen.getByRole("button", { name: "Kiểm tra" });
    await user.click(button);

    expect(button).toBeDisabled();
    const progress = screen.getByRole("progressbar", { name: "Đang đọc bảng tính…" });
    expect(screen.getByText("Đang đọc bảng tính…")).toBeVisible();
    await waitFor(() => expect(host.callsNamed("readSnapshot")).toHaveLength(1));
    act(() => host.reportProgress(0.4));
    expect(progress).toHaveAttribute("aria-valuenow", "0.4");
    expect(screen.queryByTestId("verdict")).toBeNull();

    act(() => host.release());
    await screen.findByText("Sẵn sàng nộp");
    expect(screen.queryAllByRole("progressbar")).toHaveLength(0);
    expect(button).toBeEnabled();
  });

  it("says the workbook is ready, with the counts, and marks it and remembers the run", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

    await screen.findByText("Sẵn sàng nộp");
    const counts = within(screen.getByRole("list", { name: "Số lượng" }));
    expect(counts.getByText("Lỗi: 0")).toBeVisible();
    expect(counts.getByText(/^Cảnh báo: \d+$/)).toBeVisible();
    expect(counts.getByText(/^Chưa đạt mục tiêu: \d+$/)).toBeVisible();

    const shown = host.callsNamed("showReport");
    expect(shown).toHaveLength(1);
    expect(shown[0].lang).toBe("vi");
    expect(shown[0].report).toMatchObject({ workbook: "tam-duong-2023.xlsx", ready: true });
    await waitFor(() => expect(host.callsNamed("saveState")).toHaveLength(1));
    expect(host.stored).toMatchObject({
      lang: "vi",
      lastValidation: { ready: true, counts: { error: 0 } },
    });
  });

  it("counts the errors to fix when the workbook is not ready", async () => {
    const host = new FakeHost(snapshotWithError());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

    await screen.findByText("1 lỗi cần sửa");
    expect(
      within(screen.getByRole("list", { name: "Số lượng" })).getByText("Lỗi: 1")
    ).toBeVisible();
    expect(host.callsNamed("showReport")[0].report.ready).toBe(false);
  });

  it("shows each indicator with its value, goal, status in words and how many more are needed", async () => {
    const host = new FakeHost(snapshotWithShortfall());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByTestId("verdict");

    const card = committeeCard(VILLAGE_HEAD_RATE);
    expect(card).toHaveAttribute("data-indicator", "village-head-rate");
    expect(card).toHaveAttribute("data-scope", "committee");
    expect(card).toHaveTextContent(VILLAGE_HEAD_RATE);
    expect(card).toHaveTextContent("85,00 %");
    expect(card).toHaveTextContent("Mục tiêu: > 90 %");
    expect(card).toHaveTextContent("Chưa đạt");
    expect(card).toHaveTextContent("Còn thiếu 2");
    // The status is a word beside an icon, not a colour alone (the icon is decoration, so only the DOM shows it).
    expect(card.querySelector('[data-status="shortfall"] svg')).not.toBeNull();

    const admissions = committeeCard("Tỷ lệ đạt chỉ tiêu kết nạp đảng viên");
    expect(admissions).toHaveAttribute("data-indicator", "admission-attainment");
    expect(admissions).toHaveAttribute("data-scope", "committee");
    expect(admissions).toHaveTextContent("100,00 %");
    expect(admissions).toHaveTextContent("Đạt");
    expect(admissions).not.toHaveTextContent("Còn thiếu");
  });

  it("lets the ribbon start a validation through the controller it is handed", async () => {
    const host = new FakeHost(committeeSnapshot());
    let controller: PaneController | null = null;
    renderPane(host, { onReady: (ready) => (controller = ready) });
    expect(controller).not.toBeNull();

    await act(async () => {
      await Promise.all([controller!.validate(), controller!.validate()]);
    });
    expect(screen.getByText("Sẵn sàng nộp")).toBeVisible();
    // A second click while the first run is going joins it instead of reading the workbook twice.
    expect(host.callsNamed("readSnapshot")).toHaveLength(1);
  });
});

describe("the per-unit figures", () => {
  const report: Report = {
    workbook: "units.xlsx",
    ready: true,
    counts: { error: 0, warning: 0, shortfall: 1 },
    goalsSource: "workbook",
    findings: [],
    indicators: [
      {
        id: "village-head-rate",
        scope: "committee",
        numerator: 19,
        denominator: 20,
        value: 95,
        goal: { operator: ">", value: 90 },
        status: "met",
        needed: 0,
      },
      {
        id: "village-head-rate",
        scope: "X01",
        numerator: 10,
        denominator: 10,
        value: 100,
        goal: { operator: ">", value: 90 },
        status: "met",
        needed: 0,
      },
      {
        id: "village-head-rate",
        scope: "X02",
        numerator: 9,
        denominator: 12,
        value: 75,
        goal: { operator: ">", value: 90 },
        status: "shortfall",
        needed: 2,
      },
      {
        id: "village-head-rate",
        scope: "X03",
        numerator: 0,
        denominator: 0,
        value: null,
        goal: { operator: ">", value: 90 },
        status: "n/a",
        needed: null,
      },
    ],
  };

  it("folds them under their indicator with the number short, and lists shortfalls first with what is needed", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host, { validator: () => report });
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Sẵn sàng nộp");

    const header = screen.getByRole("button", {
      name: /^Tỷ lệ trưởng thôn, tổ dân phố là đảng viên \(3\)/,
    });
    expect(header).toHaveTextContent("1 chưa đạt");
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table", { name: VILLAGE_HEAD_RATE })).toBeNull();
    await user.click(header);

    const [, body] = within(screen.getByRole("table", { name: VILLAGE_HEAD_RATE })).getAllByRole(
      "rowgroup"
    );
    const rows = within(body).getAllByRole("row");
    expect(rows.map((row) => row.dataset.scope)).toEqual(["X02", "X03", "X01"]);
    expect(rows[0]).toHaveTextContent("Đơn vị X02");
    expect(rows[0]).toHaveTextContent("75,00 %");
    expect(rows[0]).toHaveTextContent("Chưa đạt");
    expect(rows[0]).toHaveTextContent("Còn thiếu 2");
    expect(rows[1]).toHaveTextContent("Không áp dụng");
    expect(rows[2]).toHaveTextContent("Đạt");
    expect(rows[2]).not.toHaveTextContent("Còn thiếu");
  });
});
