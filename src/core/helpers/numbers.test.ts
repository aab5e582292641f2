import { cleanFloat, isPercentFormat, parseNumberText } from "./numbers";

describe("parseNumberText under vi-VN", () => {
  it.each([
    ["6.300", 6300],
    ["93,08", 93.08],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["-12", -12],
    ["+7", 7],
    ["\u00a0 42 \u00a0", 42],
    ["0,5", 0.5],
    [",5", 0.5],
  ])("reads %p as %p", (text, value) => {
    expect(parseNumberText(text, "vi-VN")).toEqual({ value, percent: false });
  });

  it("reads a trailing percent sign as the percent figure", () => {
    expect(parseNumberText("93,08 %", "vi-VN")).toEqual({ value: 93.08, percent: true });
    expect(parseNumberText("93,08%", "vi-VN")).toEqual({ value: 93.08, percent: true });
  });

  it.each([
    "12abc",
    "93.08",
    "1.2.3",
    "6.30",
    "1,2,3",
    "--1",
    "-",
    "%",
    "",
    "   ",
    "1e5",
    "abc",
    "12 345",
    "1.234,",
    "(5)",
  ])("rejects %p", (text) => {
    expect(parseNumberText(text, "vi-VN")).toBeNull();
  });
});

describe("parseNumberText under en-US", () => {
  it.each([
    ["6,300", 6300],
    ["93.08", 93.08],
    ["1,234.5", 1234.5],
    ["6.300", 6.3],
  ])("reads %p as %p", (text, value) => {
    expect(parseNumberText(text, "en-US")?.value).toBe(value);
  });

  it.each(["93,08", "1.2.3", "12abc", "1,23"])("rejects %p", (text) => {
    expect(parseNumberText(text, "en-US")).toBeNull();
  });
});

describe("isPercentFormat", () => {
  it("sees a percentage format, not a quoted or escaped percent sign", () => {
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat("0.00\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe("cleanFloat", () => {
  it("removes the noise of ×100", () => {
    expect(0.0057 * 100).not.toBe(0.57);
    expect(cleanFloat(0.0057 * 100)).toBe(0.57);
    expect(cleanFloat(0.9308 * 100)).toBe(93.08);
  });
});
