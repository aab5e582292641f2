import { readGoalRows } from "./goal-rows";
import { check } from "../../../test/support/report-helpers";
import {
  cleanRows,
  committeeWorkbook,
  num,
  sheet,
  withRows,
  workbook,
} from "../../../test/support/build-snapshot";

describe("readGoalRows", () => {
  it("gives the defaults, from nowhere in the workbook, when there is no goals sheet", () => {
    const snapshot = committeeWorkbook({ ...cleanRows(), goals: null });
    const goals = readGoalRows(snapshot, "vi");
    expect(goals.source).toBe("default");
    expect(goals.sheet).toBeNull();
    expect(goals.entries.map((entry) => entry.draft)).toEqual([
      { indicator: "village-head-rate", operator: ">", value: "90", scope: "committee" },
      { indicator: "admission-attainment", operator: ">=", value: "100", scope: "committee" },
      { indicator: "private-units-attainment", operator: ">=", value: "100", scope: "committee" },
      { indicator: "leader-target-attainment", operator: ">=", value: "100", scope: "each-unit" },
    ]);
    expect(goals.entries.every((entry) => entry.origin.kind === "default")).toBe(true);
  });

  it("gives the defaults when the goals sheet has only its header, and names the sheet", () => {
    const goals = readGoalRows(
      withRows(() => undefined),
      "vi"
    );
    expect(goals).toMatchObject({ source: "default", sheet: "Mục tiêu" });
    expect(goals.entries).toHaveLength(4);
  });

  it("reads the sheet’s goals as the engine does (labels, ≥, percentage cells), each with its row", () => {
    const snapshot = workbook(
      sheet("MUC TIEU", [
        ["Mục tiêu năm 2023"],
        [],
        ["TT", "Chỉ số", "Diễn giải", "Điều kiện", "Giá trị", "Phạm vi"],
        [1, "village-head-rate", "Tỷ lệ trưởng thôn", "≥", 90.5, "Toàn đảng bộ"],
        [],
        [2, "Tỷ lệ đạt chỉ tiêu kết nạp đảng viên", null, ">", num(0.95, "0%"), "Từng đơn vị"],
      ])
    );
    const goals = readGoalRows(snapshot, "vi");
    expect(goals.source).toBe(check(snapshot).goalsSource);
    expect(goals).toMatchObject({ source: "workbook", sheet: "MUC TIEU" });
    expect(goals.entries).toEqual([
      {
        draft: {
          indicator: "village-head-rate",
          operator: ">=",
          value: "90,5",
          scope: "committee",
        },
        origin: { kind: "sheet", sheet: "MUC TIEU", row: 4 },
      },
      {
        draft: {
          indicator: "admission-attainment",
          operator: ">",
          value: "95",
          scope: "each-unit",
        },
        origin: { kind: "sheet", sheet: "MUC TIEU", row: 6 },
      },
    ]);
    expect(readGoalRows(snapshot, "en").entries[0].draft.value).toBe("90.5");
  });

  it("keeps rows the engine refuses, as typed, so the user can correct them, and then says the defaults are in use", () => {
    const snapshot = withRows((rows) =>
      rows.goals.push(["village-head-rate", "=>", "chín mươi", "district"])
    );
    const goals = readGoalRows(snapshot, "vi");
    expect(goals.source).toBe("default");
    expect(check(snapshot).goalsSource).toBe("default");
    expect(goals.entries).toEqual([
      {
        draft: {
          indicator: "village-head-rate",
          operator: "=>",
          value: "chín mươi",
          scope: "district",
        },
        origin: { kind: "sheet", sheet: "Mục tiêu", row: 2 },
      },
    ]);
  });
});
