/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import type { Finding, Report } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot, snapshotWithError } from "./committee-snapshot";

const finding = (
  severity: Finding["severity"],
  sheet: string,
  cell: string | undefined,
  code: Finding["code"],
  message: string
): Finding => ({
  severity,
  sheet,
  cell,
  code,
  message,
});

/** Findings in an order no user would want: shortfall first, a warning-only sheet before the sheet with errors. */
const MIXED: Finding[] = [
  finding(
    "shortfall",
    "Trưởng thôn",
    undefined,
    "goal-shortfall",
    "Tỷ lệ chưa đạt mục tiêu: cần thêm 2."
  ),
  finding(
    "warning",
    "Tổ chức cơ sở đảng",
    "D5",
    "number-as-text",
    "Số đảng viên ở D5 đang lưu dạng chữ: hãy nhập lại dạng số."
  ),
  finding(
    "warning",
    "Trưởng thôn",
    "C4",
    "large-change",
    "Tỷ lệ thay đổi hơn 30 điểm: hãy xem lại."
  ),
  finding(
    "error",
    "Trưởng thôn",
    "E7",
    "out-of-range",
    "Số trưởng thôn là đảng viên (14) lớn hơn số thôn, tổ dân phố (12)."
  ),
  finding("error", "Trưởng thôn", "E9", "negative", "Số âm ở E9: hãy nhập số từ 0 trở lên."),
];

const mixedReport: Report = {
  workbook: "mixed.xlsx",
  ready: false,
  counts: { error: 2, warning: 2, shortfall: 1 },
  goalsSource: "workbook",
  findings: MIXED,
  indicators: [],
};

async function validateMixed() {
  const host = new FakeHost(committeeSnapshot());
  const { user } = renderPane(host, { validator: () => mixedReport });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText("2 lỗi cần sửa");
  return { host, user };
}

/** The findings as listed, in the order shown: the button in each list item of the findings section (or of one sheet's group). */
function findingButtons(
  scope: HTMLElement = screen.getByRole("region", { name: "Các vấn đề cần xem" })
): HTMLElement[] {
  return within(scope)
    .queryAllByRole("listitem")
    .map((item) => within(item).getByRole("button"));
}

/** Every element a keyboard user reaches pressing Tab from the top of the page until focus comes back round to it. */
async function tabRound(user: UserEvent): Promise<Element[]> {
  (document.activeElement as HTMLElement | null)?.blur();
  const reached: Element[] = [];
  for (let presses = 0; presses < 200; presses++) {
    await user.tab();
    if (document.activeElement === document.body || reached.includes(document.activeElement!))
      return reached;
    reached.push(document.activeElement!);
  }
  throw new Error("Tab never came back round to the top of the page");
}

/** Presses Tab from the top of the page, as a keyboard user would, until `target` has the focus. */
async function tabTo(user: UserEvent, target: HTMLElement): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let presses = 0; presses < 200; presses++) {
    await user.tab();
    if (document.activeElement === target) return;
    if (document.activeElement === document.body) break;
  }
  throw new Error(`Tab never reached ${target.textContent}`);
}

describe("the findings list", () => {
  it("groups findings by sheet, the sheet with errors first, and errors before warnings before shortfalls", async () => {
    await validateMixed();
    expect(
      screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)
    ).toEqual(["Trưởng thôn (4)", "Tổ chức cơ sở đảng (1)"]);

    const villageGroup = screen.getByRole("region", { name: "Trưởng thôn (4)" });
    expect(findingButtons(villageGroup).map((button) => button.dataset.cell)).toEqual([
      "E7",
      "E9",
      "C4",
      "",
    ]);
    expect(findingButtons(villageGroup).map((button) => button.dataset.severity)).toEqual([
      "error",
      "error",
      "warning",
      "shortfall",
    ]);
  });

  it("shows each finding with its cell, its message saying what to do, and its code", async () => {
    await validateMixed();
    const button = screen.getByRole("button", { name: /Số trưởng thôn là đảng viên \(14\)/ });
    expect(button).toHaveTextContent("Lỗi · Ô E7");
    expect(button).toHaveTextContent("out-of-range");
    expect(screen.getByRole("button", { name: /Tỷ lệ chưa đạt mục tiêu/ })).toHaveTextContent(
      "Cả trang"
    );
  });

  it("filters by severity, with the count on each filter", async () => {
    const { user } = await validateMixed();
    const filter = within(screen.getByRole("group", { name: "Lọc theo mức độ" }));
    expect(filter.getByRole("button", { name: "Tất cả (5)" })).toHaveAttribute(
      "aria-pressed",
      "true"
    );
    expect(filter.getByRole("button", { name: "Lỗi (2)" })).toHaveAttribute(
      "aria-pressed",
      "false"
    );
    expect(filter.getByRole("button", { name: "Chưa đạt mục tiêu (1)" })).toBeVisible();

    await user.click(filter.getByRole("button", { name: "Cảnh báo (2)" }));
    expect(findingButtons().map((button) => button.dataset.cell)).toEqual(["C4", "D5"]);
    expect(filter.getByRole("button", { name: "Cảnh báo (2)" })).toHaveAttribute(
      "aria-pressed",
      "true"
    );

    await user.click(filter.getByRole("button", { name: "Lỗi (2)" }));
    expect(findingButtons().map((button) => button.dataset.severity)).toEqual(["error", "error"]);
    expect(screen.queryAllByRole("heading", { name: /Tổ chức cơ sở đảng/ })).toHaveLength(0);

    await user.click(filter.getByRole("button", { name: "Tất cả (5)" }));
    expect(findingButtons()).toHaveLength(5);
  });

  it("goes to the finding’s cell on a click", async () => {
    const { host, user } = await validateMixed();
    await user.click(screen.getByRole("button", { name: /Số âm ở E9/ }));
    expect(host.callsNamed("goTo")).toEqual([{ name: "goTo", sheet: "Trưởng thôn", cell: "E9" }]);
  });

  it("makes every finding a native button that Tab reaches, in the order the list shows them", async () => {
    const { user } = await validateMixed();
    const findings = findingButtons();
    expect(findings).toHaveLength(5);
    for (const button of findings) {
      expect(button.tagName).toBe("BUTTON");
      expect(button).toHaveAttribute("type", "button");
    }
    const reached = await tabRound(user);
    expect(reached.filter((element) => findings.includes(element as HTMLElement))).toEqual(
      findings
    );
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
  ])("goes to the finding’s cell when the user tabs to it and presses %s", async (_key, keys) => {
    const { host, user } = await validateMixed();
    const negative = screen.getByRole("button", { name: /Số âm ở E9/ });
    await tabTo(user, negative);
    // Passing over the other findings on the way only moves the focus; it takes the user nowhere.
    expect(host.callsNamed("goTo")).toEqual([]);

    await user.keyboard(keys);
    expect(host.callsNamed("goTo")).toEqual([{ name: "goTo", sheet: "Trưởng thôn", cell: "E9" }]);
  });

  it("goes to the cell the engine found in a real snapshot, by click and by keyboard", async () => {
    const host = new FakeHost(snapshotWithError());
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("1 lỗi cần sửa");
    const error = screen.getByRole("button", { name: /out-of-range/ });
    expect(error).toHaveTextContent("Ô D3");
    await user.click(error);
    expect(host.callsNamed("goTo")).toEqual([{ name: "goTo", sheet: "Village heads", cell: "D3" }]);

    await tabTo(user, error);
    await user.keyboard("{Enter}");
    expect(host.callsNamed("goTo")).toHaveLength(2);
    expect(host.callsNamed("goTo")[1]).toEqual({
      name: "goTo",
      sheet: "Village heads",
      cell: "D3",
    });
  });
});
