import {
  formatDecimal,
  formatGoal,
  formatIndicatorValue,
  formatNumber,
  formatPoints,
  formatRate,
} from "./labels";

describe("number formats of each language", () => {
  it("groups thousands and marks decimals the Vietnamese or English way", () => {
    expect(formatNumber(6300, "vi")).toBe("6.300");
    expect(formatNumber(6300, "en")).toBe("6,300");
    expect(formatNumber(93.08, "vi")).toBe("93,08");
    expect(formatNumber(93.08, "en")).toBe("93.08");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber(-1200, "en")).toBe("-1,200");
    expect(formatNumber(-0.001, "en")).toBe("0");
    expect(formatNumber(12.345678, "en")).toBe("12.35");
  });

  it("shows rates with two decimals and the change in points", () => {
    expect(formatRate(93.0769, "vi")).toBe("93,08 %");
    expect(formatRate(93.0769, "en")).toBe("93.08%");
    expect(formatDecimal(8.4615, "vi")).toBe("8,46");
    expect(formatIndicatorValue("village-head-rate-change", 8.46, "vi")).toBe("+8,46 điểm %");
    expect(formatIndicatorValue("village-head-rate-change", -3.5, "en")).toBe("-3.50 pp");
    // In the running text of a message English spells the unit out.
    expect(formatPoints(83.333, "en", "words")).toBe("+83.33 points");
    expect(formatPoints(83.333, "vi", "words")).toBe("+83,33 điểm %");
  });

  it("shows a goal with its operator", () => {
    expect(formatGoal("village-head-rate", { operator: ">", value: 90 }, "vi")).toBe("> 90 %");
    expect(formatGoal("admission-attainment", { operator: ">=", value: 100 }, "en")).toBe("≥ 100%");
    expect(formatGoal("village-head-rate-change", { operator: ">=", value: 5.5 }, "vi")).toBe(
      "≥ 5,5 điểm %"
    );
  });
});
