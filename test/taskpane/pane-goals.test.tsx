/** @jest-environment jsdom */
import "../support/jsdom-setup";
import { screen, waitFor, within } from "@testing-library/react";
import { HostError } from "../../src/core";
import type { CellSnapshot, WorkbookSnapshot } from "../../src/core";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { committeeSnapshot } from "./committee-snapshot";

const VILLAGE_HEAD_RATE = "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên";

// These tests type into Fluent's list controls key by key, which takes a few seconds on a small CI machine.
jest.setTimeout(20_000);

/** The small committee workbook with a goals sheet: a title row, then the goals. */
function withGoalsSheet(goals: Array<[string, string, number | string, string]>): WorkbookSnapshot {
  const cell = (value: string | number): CellSnapshot =>
    typeof value === "number" ? { value, kind: "number" } : { value, kind: "text" };
  const rows = [
    [cell("Mục tiêu năm 2023")],
    ["Chỉ số", "Điều kiện", "Giá trị", "Phạm vi"].map(cell),
    ...goals.map((goal) => goal.map(cell)),
  ];
  return { sheets: [...committeeSnapshot().sheets, { name: "Mục tiêu", rows }] };
}

function goalsSection(): HTMLElement {
  return screen.getByTestId("goals-section");
}

/** The editor's fieldset of goal n (1-based). */
function goalRow(n: number): HTMLElement {
  return screen.getByRole("group", { name: new RegExp(`^Mục tiêu ${n}`) });
}

async function openEditor(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  await user.click(within(goalsSection()).getByRole("button", { name: "Sửa mục tiêu" }));
  await screen.findByRole("button", { name: "Lưu mục tiêu" });
}

async function validate(
  user: ReturnType<typeof renderPane>["user"],
  name = "Kiểm tra"
): Promise<void> {
  await user.click(screen.getByRole("button", { name }));
  await screen.findByTestId("verdict");
  await waitFor(() => expect(screen.getByRole("button", { name })).toBeEnabled());
}

describe("the goals section", () => {
  it("says which goals the check used and that they are the province’s defaults when the workbook has no goals sheet", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    expect(
      within(goalsSection()).getByText("Bấm “Kiểm tra” để xem các mục tiêu đang dùng.")
    ).toBeVisible();

    await validate(user);
    const section = within(goalsSection());
    expect(section.getByText("Mặc định của tỉnh")).toBeVisible();
    const used = section.getByRole("list", { name: "Mục tiêu đang dùng" });
    expect(used).toHaveTextContent(`${VILLAGE_HEAD_RATE}: > 90 % (Toàn đảng bộ)`);
    expect(used).toHaveTextContent("Tỷ lệ đạt chỉ tiêu kết nạp đảng viên: ≥ 100 % (Toàn đảng bộ)");
  });

  it("says the goals come from the workbook’s goals sheet when it has them", async () => {
    const host = new FakeHost(withGoalsSheet([["village-head-rate", "≥", 85, "Toàn đảng bộ"]]));
    const { user } = renderPane(host);
    await validate(user);
    const section = within(goalsSection());
    expect(section.getByText("Theo sheet Mục tiêu trong tệp")).toBeVisible();
    expect(section.getByRole("list", { name: "Mục tiêu đang dùng" })).toHaveTextContent(
      `${VILLAGE_HEAD_RATE}: ≥ 85 % (Toàn đảng bộ)`
    );
  });
});

describe("the goals editor", () => {
  it("starts from the defaults when the workbook has none, and says saving creates the sheet", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await openEditor(user);

    expect(
      screen.getByText(
        "Đang dùng mục tiêu mặc định của tỉnh. Khi lưu, sheet “Mục tiêu” sẽ được tạo với các mục tiêu dưới đây."
      )
    ).toBeVisible();
    const first = within(goalRow(1));
    expect(first.getByRole("combobox", { name: "Chỉ số" })).toHaveTextContent(VILLAGE_HEAD_RATE);
    expect(first.getByRole("combobox", { name: "Điều kiện" })).toHaveValue(">");
    expect(first.getByRole("textbox", { name: "Giá trị" })).toHaveValue("90");
    expect(first.getByRole("combobox", { name: "Phạm vi" })).toHaveTextContent("Toàn đảng bộ");
    expect(within(goalRow(2)).getByRole("combobox", { name: "Điều kiện" })).toHaveValue("≥");
    expect(screen.getAllByRole("group", { name: /^Mục tiêu \d/ })).toHaveLength(4);
  });

  it("refuses an unknown operator as the user types it: the message shows and Save is disabled", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await openEditor(user);
    const save = screen.getByRole("button", { name: "Lưu mục tiêu" });
    expect(save).toBeEnabled();

    const operator = within(goalRow(1)).getByRole("combobox", { name: "Điều kiện" });
    await user.clear(operator);
    await user.type(operator, "=>");

    expect(
      within(goalRow(1)).getByText(
        "“=>” không phải là điều kiện hợp lệ. Dùng một trong: >, >= (≥), =, <= (≤), <."
      )
    ).toBeVisible();
    expect(operator).toHaveAttribute("aria-invalid", "true");
    expect(save).toBeDisabled();
    expect(screen.getByText("Sửa các ô được báo lỗi rồi mới lưu được.")).toBeVisible();

    await user.clear(operator);
    await user.type(operator, ">=");
    expect(within(goalRow(1)).queryByText(/không phải là điều kiện hợp lệ/)).toBeNull();
    expect(save).toBeEnabled();
    expect(host.callsNamed("writeGoals")).toHaveLength(0);
  });

  it("shows the workbook’s own faulty goal row with its message, so it can be corrected before saving", async () => {
    const host = new FakeHost(withGoalsSheet([["village-head-rate", "!=", 90, "Toàn đảng bộ"]]));
    const { user } = renderPane(host);
    await openEditor(user);
    expect(
      screen.getByText(
        "Các mục tiêu trong sheet “Mục tiêu”. Khi lưu, các dòng mục tiêu của sheet này được ghi lại; tiêu đề và định dạng giữ nguyên."
      )
    ).toBeVisible();
    expect(within(goalRow(1)).getByRole("combobox", { name: "Điều kiện" })).toHaveValue("!=");
    expect(within(goalRow(1)).getByText(/“!=” không phải là điều kiện hợp lệ/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeDisabled();
  });

  it("saves a valid edit with writeGoals, validates again and shows the new goal on the indicator", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await validate(user);
    await openEditor(user);

    const value = within(goalRow(1)).getByRole("textbox", { name: "Giá trị" });
    await user.clear(value);
    await user.type(value, "95,5");
    await user.click(within(goalRow(3)).getByRole("button", { name: "Xoá mục tiêu 3" }));
    await user.click(screen.getByRole("button", { name: "Lưu mục tiêu" }));

    const saved = await screen.findByText("Đã lưu mục tiêu vào bảng tính và kiểm tra lại.");
    expect(saved.closest('[tabindex="-1"]')).toHaveFocus();
    expect(host.callsNamed("writeGoals")).toEqual([
      {
        name: "writeGoals",
        lang: "vi",
        goals: [
          { indicator: "village-head-rate", operator: ">", value: 95.5, scope: "committee" },
          { indicator: "admission-attainment", operator: ">=", value: 100, scope: "committee" },
          { indicator: "leader-target-attainment", operator: ">=", value: 100, scope: "each-unit" },
        ],
      },
    ]);
    await waitFor(() => expect(host.callsNamed("showReport")).toHaveLength(2));
    expect(host.callsNamed("showReport")[1].report.goalsSource).toBe("workbook");
    const card = within(screen.getByRole("list", { name: "Toàn đảng bộ" }))
      .getByText(VILLAGE_HEAD_RATE)
      .closest("article")!;
    expect(card).toHaveTextContent("Mục tiêu: > 95,5 %");
    expect(card).toHaveTextContent("Chưa đạt");
    expect(within(goalsSection()).getByText("Theo sheet Mục tiêu trong tệp")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Lưu mục tiêu" })).toBeNull();
  });

  it("adds a goal, focusing its indicator, and picks the only scope the chosen indicator has", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await openEditor(user);

    await user.click(screen.getByRole("button", { name: "Thêm mục tiêu" }));
    const row = within(goalRow(5));
    expect(row.getByRole("combobox", { name: "Chỉ số" })).toHaveFocus();
    expect(row.getByText("Chọn một chỉ số trong danh sách.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeDisabled();

    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("option", { name: "Tỷ lệ chỉ tiêu người đứng đầu đã đạt" }));
    expect(row.getByRole("combobox", { name: "Phạm vi" })).toHaveTextContent("Toàn đảng bộ");
    await user.type(row.getByRole("combobox", { name: "Điều kiện" }), "≥");
    await user.type(row.getByRole("textbox", { name: "Giá trị" }), "80");
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeEnabled();
  });

  it("refuses a second goal for the same indicator and scope, and removing it leaves the keyboard on the goal above", async () => {
    const host = new FakeHost(
      withGoalsSheet([
        ["village-head-rate", ">", 90, "Toàn đảng bộ"],
        ["village-head-rate", ">", 80, "Từng đơn vị"],
      ])
    );
    const { user } = renderPane(host);
    await openEditor(user);
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeEnabled();

    const second = within(goalRow(2));
    await user.click(second.getByRole("combobox", { name: "Phạm vi" }));
    await user.click(screen.getByRole("option", { name: "Toàn đảng bộ" }));
    expect(
      second.getByText(
        "Chỉ số này đã có mục tiêu cho phạm vi “Toàn đảng bộ” ở dòng 1. Sửa hoặc xoá một trong hai dòng."
      )
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeDisabled();

    await user.click(second.getByRole("button", { name: "Xoá mục tiêu 2" }));
    expect(within(goalRow(1)).getByRole("combobox", { name: "Chỉ số" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeEnabled();
  });

  it("works in English, with the English decimal mark, and Cancel writes nothing", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host, { lang: "en" });
    await user.click(screen.getByRole("button", { name: "Edit goals" }));
    const row = within(await screen.findByRole("group", { name: /^Goal 1/ }));
    const value = row.getByRole("textbox", { name: "Value" });
    await user.clear(value);
    await user.type(value, "90,5");
    expect(
      row.getByText("“90,5” is not a number. Write decimals after a point, e.g. 90.5.")
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Save goals" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("button", { name: "Save goals" })).toBeNull();
    expect(host.callsNamed("writeGoals")).toHaveLength(0);
    await waitFor(() => expect(screen.getByRole("button", { name: "Edit goals" })).toHaveFocus());
  });

  it("rewrites the values typed with the decimal mark of the language the user switches to", async () => {
    const host = new FakeHost(committeeSnapshot());
    const { user } = renderPane(host);
    await openEditor(user);
    const value = within(goalRow(1)).getByRole("textbox", { name: "Giá trị" });
    await user.clear(value);
    await user.type(value, "90,5");

    await user.selectOptions(screen.getByLabelText("Ngôn ngữ"), "en");
    const english = within(await screen.findByRole("group", { name: /^Goal 1/ }));
    expect(english.getByRole("textbox", { name: "Value" })).toHaveValue("90.5");
    expect(screen.getByRole("button", { name: "Save goals" })).toBeEnabled();
  });

  it("keeps the editor open and explains when the workbook refuses the write", async () => {
    const host = new FakeHost(committeeSnapshot());
    host.failures.writeGoals = new HostError("protected", "AccessDenied");
    const { user } = renderPane(host);
    await openEditor(user);
    await user.click(screen.getByRole("button", { name: "Lưu mục tiêu" }));

    expect(
      await within(goalsSection()).findByText(/Một trang tính đang được bảo vệ/)
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Lưu mục tiêu" })).toBeEnabled();
    expect(host.callsNamed("showReport")).toHaveLength(0);
  });
});
