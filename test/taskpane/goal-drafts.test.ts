import {
  draftRow,
  goalsInUse,
  inLanguage,
  operatorId,
  operatorShown,
  withIndicator,
} from "../../src/taskpane/goal-drafts";
import type { Report } from "../../src/core";

describe("the goals editor’s drafts", () => {
  it("shows operators as people read them and reads them back", () => {
    expect([">", ">=", "=", "<=", "<", "=>"].map(operatorShown)).toEqual([
      ">",
      "≥",
      "=",
      "≤",
      "<",
      "=>",
    ]);
    expect(["≥", ">=", " ≤ ", "=>"].map(operatorId)).toEqual([">=", ">=", "<=", null]);
  });

  it("chooses the only scope an indicator has, and keeps a scope it has", () => {
    const draft = { indicator: "", operator: ">", value: "90", scope: "committee" };
    expect(withIndicator(draft, "leader-target-attainment").scope).toBe("each-unit");
    expect(withIndicator({ ...draft, scope: "each-unit" }, "leader-targets-met").scope).toBe(
      "committee"
    );
    expect(withIndicator({ ...draft, scope: "each-unit" }, "village-head-rate").scope).toBe(
      "each-unit"
    );
    expect(withIndicator({ ...draft, scope: "" }, "village-head-rate").scope).toBe("");
  });

  it("rewrites numbers for the other language and leaves text that is no number as typed", () => {
    const rows = [
      draftRow({
        indicator: "village-head-rate",
        operator: ">",
        value: "1.000,5",
        scope: "committee",
      }),
      draftRow({ indicator: "village-head-rate", operator: ">", value: "abc", scope: "committee" }),
    ];
    expect(inLanguage(rows, "vi", "en").map((row) => row.draft.value)).toEqual(["1,000.5", "abc"]);
  });

  it("lists each goal the report applied once, by indicator and scope", () => {
    const report: Report = {
      workbook: "x.xlsx",
      ready: true,
      counts: { error: 0, warning: 0, shortfall: 0 },
      goalsSource: "workbook",
      findings: [],
      indicators: [
        {
          id: "village-head-rate",
          scope: "committee",
          numerator: 1,
          denominator: 1,
          value: 100,
          goal: { operator: ">", value: 90 },
          status: "met",
          needed: 0,
        },
        {
          id: "village-head-rate",
          scope: "X01",
          numerator: 1,
          denominator: 1,
          value: 100,
          goal: { operator: ">", value: 80 },
          status: "met",
          needed: 0,
        },
        {
          id: "village-head-rate",
          scope: "X02",
          numerator: 1,
          denominator: 1,
          value: 100,
          goal: { operator: ">", value: 80 },
          status: "met",
          needed: 0,
        },
        {
          id: "admission-attainment",
          scope: "committee",
          numerator: 1,
          denominator: 1,
          value: 100,
          goal: null,
          status: "no-goal",
          needed: null,
        },
      ],
    };
    expect(goalsInUse(report)).toEqual([
      { indicator: "village-head-rate", operator: ">", value: 90, scope: "committee" },
      { indicator: "village-head-rate", operator: ">", value: 80, scope: "each-unit" },
    ]);
  });
});
