import { DEFAULT_GOALS, GoalBook } from "./goals";

describe("goals", () => {
  it("has the spec’s default goals", () => {
    expect(DEFAULT_GOALS).toEqual([
      { indicator: "village-head-rate", operator: ">", value: 90, scope: "committee" },
      { indicator: "admission-attainment", operator: ">=", value: 100, scope: "committee" },
      { indicator: "private-units-attainment", operator: ">=", value: 100, scope: "committee" },
      { indicator: "leader-target-attainment", operator: ">=", value: 100, scope: "each-unit" },
    ]);
  });

  it("finds a goal by indicator and scope, the first one winning", () => {
    const book = new GoalBook([
      { indicator: "village-head-rate", operator: ">", value: 90, scope: "committee" },
      { indicator: "village-head-rate", operator: ">", value: 95, scope: "committee" },
    ]);
    expect(book.get("village-head-rate", "committee")).toEqual({ operator: ">", value: 90 });
    expect(book.get("village-head-rate", "each-unit")).toBeNull();
  });
});
