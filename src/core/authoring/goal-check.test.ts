import { scopesFor } from "../form/form";
import { checkGoalRow, checkGoalRows, parseGoalValue } from "./goal-check";
import type { GoalDraft } from "./goal-rows";

const VILLAGE: GoalDraft = {
  indicator: "village-head-rate",
  operator: ">",
  value: "90",
  scope: "committee",
};

describe("checkGoalRow", () => {
  it("accepts a goal and gives it typed", () => {
    expect(checkGoalRow(VILLAGE, "vi")).toEqual({
      goal: { indicator: "village-head-rate", operator: ">", value: 90, scope: "committee" },
      problems: {},
    });
  });

  it.each(["=>", "!=", "<>", "about", "> ="])(
    "refuses an unknown operator %p, naming the ones allowed",
    (operator) => {
      const vi = checkGoalRow({ ...VILLAGE, operator }, "vi");
      expect(vi.goal).toBeNull();
      expect(vi.problems.operator).toContain(`“${operator}” không phải là điều kiện hợp lệ`);
      expect(vi.problems.operator).toContain(">= (≥)");
      const en = checkGoalRow({ ...VILLAGE, operator }, "en");
      expect(en.problems.operator).toContain(
        `“${operator}” is not an operator. Use one of: >, >= (≥), =, <= (≤), <.`
      );
      expect(Object.keys(en.problems)).toEqual(["operator"]);
    }
  );

  it.each([
    [">", ">"],
    [">=", ">="],
    ["≥", ">="],
    ["=", "="],
    ["<=", "<="],
    ["≤", "<="],
    ["<", "<"],
  ])("accepts the operator %p as %p", (typed, id) => {
    expect(checkGoalRow({ ...VILLAGE, operator: typed }, "vi").goal?.operator).toBe(id);
  });

  it("reads the value with the language’s decimal mark", () => {
    expect(checkGoalRow({ ...VILLAGE, value: "90,5" }, "vi").goal?.value).toBe(90.5);
    expect(checkGoalRow({ ...VILLAGE, value: "90.5" }, "en").goal?.value).toBe(90.5);
    expect(checkGoalRow({ ...VILLAGE, value: "95 %" }, "vi").goal?.value).toBe(95);
    expect(checkGoalRow({ ...VILLAGE, value: "90.5" }, "vi").problems.value).toBe(
      "“90.5” không phải là số. Phần thập phân viết sau dấu phẩy, ví dụ 90,5."
    );
    expect(checkGoalRow({ ...VILLAGE, value: "chín mươi" }, "en").problems.value).toBe(
      "“chín mươi” is not a number. Write decimals after a point, e.g. 90.5."
    );
    expect(checkGoalRow({ ...VILLAGE, value: "  " }, "en").problems.value).toBe(
      "Enter the goal’s value (a number)."
    );
  });

  it("needs an indicator from the list, by id or by its title", () => {
    expect(checkGoalRow({ ...VILLAGE, indicator: "" }, "vi").problems.indicator).toBe(
      "Chọn một chỉ số trong danh sách."
    );
    expect(checkGoalRow({ ...VILLAGE, indicator: "members-rate" }, "en").problems.indicator).toBe(
      "“members-rate” is not an indicator on the list. Pick one from the list."
    );
    expect(
      checkGoalRow({ ...VILLAGE, indicator: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên" }, "vi")
        .goal?.indicator
    ).toBe("village-head-rate");
  });

  it("allows only the scopes the engine allows for the indicator", () => {
    expect(scopesFor("leader-target-attainment")).toEqual(["each-unit"]);
    expect(scopesFor("leader-targets-met")).toEqual(["committee"]);
    expect(scopesFor("village-head-rate")).toEqual(["committee", "each-unit"]);

    const committeeAttainment = checkGoalRow(
      { indicator: "leader-target-attainment", operator: ">=", value: "100", scope: "committee" },
      "vi"
    );
    expect(committeeAttainment.goal).toBeNull();
    expect(committeeAttainment.problems.scope).toBe(
      "Chỉ số “Mức đạt chỉ tiêu giao người đứng đầu” chỉ đặt mục tiêu theo phạm vi: Từng đơn vị."
    );
    const eachMet = checkGoalRow(
      { indicator: "leader-targets-met", operator: ">=", value: "80", scope: "each-unit" },
      "en"
    );
    expect(eachMet.problems.scope).toBe(
      "“Share of leader targets met” takes a goal only for: Committee."
    );
    expect(checkGoalRow({ ...VILLAGE, scope: "Từng đơn vị" }, "vi").goal?.scope).toBe("each-unit");
    expect(checkGoalRow({ ...VILLAGE, scope: "district" }, "en").problems.scope).toBe(
      "“district” is not a scope. Use: Committee; Each unit."
    );
  });

  it("refuses a second goal for the same indicator and scope, naming the first row", () => {
    const checks = checkGoalRows(
      [
        VILLAGE,
        { ...VILLAGE, scope: "each-unit" },
        { ...VILLAGE, indicator: "VILLAGE-HEAD-RATE", value: "95" },
      ],
      "vi"
    );
    expect(checks[0].goal).not.toBeNull();
    expect(checks[1].goal).not.toBeNull();
    expect(checks[2].goal).toBeNull();
    expect(checks[2].problems.indicator).toBe(
      "Chỉ số này đã có mục tiêu cho phạm vi “Toàn đảng bộ” ở dòng 1. Sửa hoặc xoá một trong hai dòng."
    );
  });

  it("parses goal values per language", () => {
    expect(parseGoalValue("1.000,5", "vi")).toBe(1000.5);
    expect(parseGoalValue("1,000.5", "en")).toBe(1000.5);
    expect(parseGoalValue("-5", "vi")).toBe(-5);
    expect(parseGoalValue("5e2", "en")).toBeNull();
  });
});
