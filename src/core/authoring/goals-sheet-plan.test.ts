import fc from "fast-check";
import { withGoalsWritten } from "./authoring-snapshot";
import { scopesFor } from "../form/form";
import { checkGoalRows } from "./goal-check";
import { readGoalRows } from "./goal-rows";
import { planGoalsSheet } from "./goals-sheet-plan";
import { INDICATOR_IDS } from "../form/form";
import type { ScopedGoal } from "../form/goals";
import type { WorkbookSnapshot } from "../model/snapshot";
import { check, indicator } from "../../../test/support/report-helpers";
import {
  cleanRows,
  committeeWorkbook,
  num,
  sheet,
  workbook,
} from "../../../test/support/build-snapshot";

const VILLAGE_95: ScopedGoal = {
  indicator: "village-head-rate",
  operator: ">",
  value: 95,
  scope: "committee",
};
const ADMISSIONS: ScopedGoal = {
  indicator: "admission-attainment",
  operator: ">=",
  value: 100,
  scope: "committee",
};

/** The goals the engine now reads from the workbook, as GoalRows. */
function goalsIn(snapshot: WorkbookSnapshot): ScopedGoal[] {
  const read = readGoalRows(snapshot, "vi");
  return checkGoalRows(
    read.entries.map((entry) => entry.draft),
    "vi"
  ).map((result) => result.goal!);
}

function cellsOf(snapshot: WorkbookSnapshot, name: string) {
  return snapshot.sheets
    .find((candidate) => candidate.name === name)!
    .rows.map((row) => (row ?? []).map((cell) => cell?.value ?? null));
}

/** Like the bundled sample: a title block, a numbering column and a note beside each goal. */
function sampleLike(): WorkbookSnapshot {
  const rows = cleanRows();
  return committeeWorkbook({
    ...rows,
    goals: [
      ["Mục tiêu Ban Thường vụ giao năm 2023"],
      [],
      ["TT", "Chỉ số", "Diễn giải", "Điều kiện", "Giá trị", "Phạm vi", null, "Ghi chú riêng"],
      [
        1,
        "village-head-rate",
        "Trưởng thôn là đảng viên",
        ">",
        90,
        "Toàn đảng bộ",
        null,
        "không xoá",
      ],
      [2, "admission-attainment", "Kết nạp", "≥", 100, "Toàn đảng bộ", null, "không xoá"],
      [3, "private-units-attainment", "Ngoài nhà nước", "≥", 100, "Toàn đảng bộ"],
    ],
  });
}

describe("planGoalsSheet and withGoalsWritten", () => {
  it("creates the goals sheet with the template’s layout in the chosen language when the workbook has none", () => {
    const rows = cleanRows();
    const before = committeeWorkbook({ ...rows, goals: null });
    const vi = planGoalsSheet(before, [VILLAGE_95], "vi");
    expect(vi.kind).toBe("create");
    if (vi.kind !== "create") return;
    expect(vi.sheet.name).toBe("Mục tiêu");
    expect(vi.sheet.columns.map((column) => column.header)).toEqual([
      "Chỉ số",
      "Điều kiện",
      "Giá trị",
      "Phạm vi",
    ]);
    expect(
      vi.sheet.body[0].map((cell) =>
        cell?.kind === "text" ? cell.text : cell?.kind === "number" ? cell.value : null
      )
    ).toEqual(["village-head-rate", ">", 95, "Toàn đảng bộ"]);
    expect(vi.sheet.body[1].every((cell) => cell === null)).toBe(true);

    const en = planGoalsSheet(before, [VILLAGE_95], "en");
    expect(en.kind === "create" && en.sheet.name).toBe("Goals");
    expect(en.kind === "create" && en.sheet.columns.map((column) => column.header)).toEqual([
      "Indicator",
      "Operator",
      "Value",
      "Scope",
    ]);

    const after = withGoalsWritten(before, [VILLAGE_95, ADMISSIONS], "en");
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
    const report = check(after);
    expect(report.goalsSource).toBe("workbook");
    expect(report.findings.filter((finding) => finding.sheet === "Goals")).toEqual([]);
    expect(indicator(report, "village-head-rate")).toMatchObject({
      goal: { operator: ">", value: 95 },
      status: "shortfall",
    });
    expect(goalsIn(after)).toEqual([VILLAGE_95, ADMISSIONS]);
  });

  it("changes only the cell that changed, keeping titles, header, numbering, notes and what the user typed as ≥", () => {
    const before = sampleLike();
    const goals = goalsIn(before).map((goal) =>
      goal.indicator === "village-head-rate" ? { ...goal, value: 95 } : goal
    );
    const plan = planGoalsSheet(before, goals, "vi");
    expect(plan).toEqual({
      kind: "replace",
      sheet: "Mục tiêu",
      clears: [],
      writes: [{ row: 3, col: 4, value: 95 }],
    });

    const after = withGoalsWritten(before, goals, "vi");
    expect(after.sheets.filter((s) => s.name !== "Mục tiêu")).toEqual(
      before.sheets.filter((s) => s.name !== "Mục tiêu")
    );
    const cells = cellsOf(after, "Mục tiêu");
    expect(cells[0][0]).toBe("Mục tiêu Ban Thường vụ giao năm 2023");
    expect(cells[3]).toEqual([
      1,
      "village-head-rate",
      "Trưởng thôn là đảng viên",
      ">",
      95,
      "Toàn đảng bộ",
      null,
      "không xoá",
    ]);
    expect(cells[4][3]).toBe("≥");
    expect(indicator(check(after), "village-head-rate")?.goal).toEqual({
      operator: ">",
      value: 95,
    });
  });

  it("empties a removed goal’s row across the table’s headed columns, and puts a new goal in it, then below", () => {
    const before = sampleLike();
    const leader: ScopedGoal = {
      indicator: "leader-targets-met",
      operator: ">=",
      value: 80,
      scope: "committee",
    };
    const change: ScopedGoal = {
      indicator: "village-head-rate-change",
      operator: ">=",
      value: 5,
      scope: "each-unit",
    };
    const goals = [
      VILLAGE_95,
      {
        indicator: "private-units-attainment",
        operator: ">=",
        value: 100,
        scope: "committee",
      } as ScopedGoal,
      leader,
      change,
    ];
    const after = withGoalsWritten(before, goals, "vi");
    const cells = cellsOf(after, "Mục tiêu");
    // Row 5 held the admissions goal: cleared from TT to Phạm vi (the headed run), the separate note column kept.
    expect(cells[4]).toEqual([
      null,
      "leader-targets-met",
      null,
      ">=",
      80,
      "Toàn đảng bộ",
      null,
      "không xoá",
    ]);
    expect(cells[5].slice(0, 6)).toEqual([
      3,
      "private-units-attainment",
      "Ngoài nhà nước",
      "≥",
      100,
      "Toàn đảng bộ",
    ]);
    expect(cells[6].slice(0, 6)).toEqual([
      null,
      "village-head-rate-change",
      null,
      ">=",
      5,
      "Từng đơn vị",
    ]);
    expect(goalsIn(after)).toEqual([VILLAGE_95, leader, goals[1], change]);
  });

  it("clears every old row when no goal is left, and the defaults apply again", () => {
    const after = withGoalsWritten(sampleLike(), [], "vi");
    expect(check(after).goalsSource).toBe("default");
    expect(cellsOf(after, "Mục tiêu")[2][1]).toBe("Chỉ số");
  });

  it("writes `=` as text (Text format), and a value into a percentage cell as a fraction", () => {
    const before = committeeWorkbook({
      ...cleanRows(),
      goals: [
        ["Indicator", "Operator", "Value", "Scope"],
        ["village-head-rate", ">", num(0.9, "0.0%"), "committee"],
      ],
    });
    const after = withGoalsWritten(before, [{ ...VILLAGE_95, operator: "=" }], "en");
    const row = after.sheets.find((s) => s.name === "Mục tiêu")!.rows[1]!;
    expect(row[1]).toEqual({ value: "=", kind: "text", numberFormat: "@" });
    expect(row[2]).toEqual({ value: 0.95, kind: "number", numberFormat: "0.0%" });
    expect(indicator(check(after), "village-head-rate")?.goal).toEqual({
      operator: "=",
      value: 95,
    });
  });

  it("lays out an empty goals sheet as the template does, and adds a missing column’s header", () => {
    const empty = withGoalsWritten(
      committeeWorkbook({ ...cleanRows(), goals: [] }),
      [VILLAGE_95],
      "en"
    );
    const cells = cellsOf(empty, "Mục tiêu");
    expect(cells[1]).toEqual(["Indicator", "Operator", "Value", "Scope"]);
    expect(cells[2]).toEqual(["village-head-rate", ">", 95, "Committee"]);
    expect(String(cells[0][0])).toContain("Goals set by the level above");

    const noScope = withGoalsWritten(
      committeeWorkbook({
        ...cleanRows(),
        goals: [
          ["Chỉ số", "Điều kiện", "Giá trị"],
          ["village-head-rate", ">", 90],
        ],
      }),
      [VILLAGE_95],
      "vi"
    );
    expect(cellsOf(noScope, "Mục tiêu")).toEqual([
      ["Chỉ số", "Điều kiện", "Giá trị", "Phạm vi"],
      // The old row had no scope, so it held no goal of that indicator and scope: it is emptied and reused.
      ["village-head-rate", ">", 95, "Toàn đảng bộ"],
    ]);
    expect(goalsIn(noScope)).toEqual([VILLAGE_95]);
  });

  it("finds the goals sheet by name as the engine does", () => {
    const before = workbook(
      sheet(" goals ", [
        ["INDICATOR", "operator", "value", "scope"],
        ["village-head-rate", ">", 90, "committee"],
      ])
    );
    const plan = planGoalsSheet(before, [VILLAGE_95], "vi");
    expect(plan).toMatchObject({ kind: "replace", sheet: " goals " });
  });

  it("reads back exactly the goals written, whatever valid goals the editor holds", () => {
    const goalArb = fc
      .record({
        indicator: fc.constantFrom(...INDICATOR_IDS),
        operator: fc.constantFrom(">", ">=", "=", "<=", "<" as const),
        value: fc.integer({ min: -100, max: 1000 }).map((n) => n / 4),
      })
      .chain((goal) =>
        fc
          .constantFrom(...scopesFor(goal.indicator))
          .map((scope) => ({ ...goal, scope }) as ScopedGoal)
      );
    const goalsArb = fc.uniqueArray(goalArb, {
      selector: (goal) => `${goal.indicator}|${goal.scope}`,
      maxLength: 10,
    });
    fc.assert(
      fc.property(
        goalsArb,
        fc.constantFrom(sampleLike(), committeeWorkbook({ ...cleanRows(), goals: null })),
        fc.constantFrom("vi" as const, "en" as const),
        (goals, before, lang) => {
          const after = withGoalsWritten(before, goals, lang);
          const report = check(after);
          expect(
            report.findings.filter(
              (finding) => finding.sheet === "Mục tiêu" || finding.sheet === "Goals"
            )
          ).toEqual([]);
          if (goals.length === 0) return;
          expect(report.goalsSource).toBe("workbook");
          expect(new Set(goalsIn(after).map((goal) => JSON.stringify(goal)))).toEqual(
            new Set(goals.map((goal) => JSON.stringify(goal)))
          );
        }
      ),
      { numRuns: 60 }
    );
  });
});
