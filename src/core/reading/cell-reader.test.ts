import { INVALID, classifyCell, matchEnum, readField, type SheetPlace } from "./cell-reader";
import { FindingList } from "../findings/findings";
import { fieldDef, type SheetId } from "../form/form";
import type { Lang, Locale } from "../model/report";
import { error, formula, num, text } from "../../../test/support/build-snapshot";

function reader(sheetId: SheetId, fieldId: string, locale: Locale = "vi-VN", lang: Lang = "vi") {
  const findings = new FindingList(lang);
  const place: SheetPlace = { findings, locale, lang, sheet: "Sheet", order: 0, sheetId };
  const field = fieldDef(sheetId, fieldId)!;
  return {
    read: (cell: unknown, required?: boolean) =>
      readField(place, 4, 3, field, cell, required === undefined ? {} : { required }),
    findings: () => findings.sorted(),
  };
}

describe("reading a count", () => {
  it("takes a number as it is, without a finding", () => {
    const r = reader("units", "members");
    expect(r.read(num(320))).toBe(320);
    expect(r.findings()).toEqual([]);
  });

  it("uses a formula’s cached result as its value", () => {
    const r = reader("units", "members");
    expect(r.read(formula(6300))).toBe(6300);
    expect(r.findings()).toEqual([]);
  });

  it("reads 6.300 as text under vi-VN as 6300 and warns number-as-text at the cell", () => {
    const r = reader("units", "members");
    expect(r.read(text("6.300"))).toBe(6300);
    expect(r.findings()).toEqual([
      expect.objectContaining({
        code: "number-as-text",
        severity: "warning",
        cell: "D5",
        field: "members",
        actual: "6.300",
      }),
    ]);
    expect(r.findings()[0].message).toContain("6.300");
  });

  it("reads 6,300 as text under en-US as 6300", () => {
    const r = reader("units", "members", "en-US", "en");
    expect(r.read(text("6,300"))).toBe(6300);
    expect(r.findings()[0].message).toContain("6,300");
  });

  it("raises not-a-number for text that is no number under the culture", () => {
    const r = reader("units", "members");
    expect(r.read(text("12abc"))).toBe(INVALID);
    expect(r.findings()).toEqual([
      expect.objectContaining({
        code: "not-a-number",
        severity: "error",
        cell: "D5",
        actual: "12abc",
      }),
    ]);
  });

  it("raises not-a-number for a boolean and for NaN or Infinity", () => {
    const r = reader("units", "members");
    expect(r.read({ kind: "boolean", value: true })).toBe(INVALID);
    expect(r.read(num(Number.NaN))).toBe(INVALID);
    expect(r.read(num(Number.POSITIVE_INFINITY))).toBe(INVALID);
    expect(r.findings().map((finding) => finding.code)).toEqual([
      "not-a-number",
      "not-a-number",
      "not-a-number",
    ]);
  });

  it("raises not-whole for 12.5 and negative for -3", () => {
    const r = reader("units", "members");
    expect(r.read(num(12.5))).toBe(INVALID);
    expect(r.read(num(-3))).toBe(INVALID);
    expect(r.findings()).toEqual([
      expect.objectContaining({ code: "not-whole", severity: "error", actual: 12.5 }),
      expect.objectContaining({ code: "negative", severity: "error", actual: -3 }),
    ]);
  });

  it("raises out-of-range below a bound beyond zero (groups ≥ 1)", () => {
    const r = reader("village-heads", "groups");
    expect(r.read(num(0))).toBe(INVALID);
    expect(r.findings()).toEqual([
      expect.objectContaining({ code: "out-of-range", expected: ">= 1", actual: 0 }),
    ]);
  });

  it("raises formula-error for a cached #DIV/0! and for an error literal typed as text", () => {
    const r = reader("units", "members");
    expect(r.read(error("#DIV/0!"))).toBe(INVALID);
    expect(r.read(text(" #N/A "))).toBe(INVALID);
    expect(r.findings()).toEqual([
      expect.objectContaining({
        code: "formula-error",
        severity: "error",
        cell: "D5",
        actual: "#DIV/0!",
      }),
      expect.objectContaining({ code: "formula-error", actual: "#N/A" }),
    ]);
  });

  it("raises required-cell for a blank required cell, not in a totals row", () => {
    const r = reader("units", "members");
    expect(r.read(null)).toBeNull();
    expect(r.read(text("  \u00a0"))).toBeNull();
    expect(r.read(undefined, false)).toBeNull();
    expect(r.findings().map((finding) => [finding.code, finding.cell])).toEqual([
      ["required-cell", "D5"],
      ["required-cell", "D5"],
    ]);
  });
});

describe("reading a rate", () => {
  it("reads a percentage-formatted 0.9308 as 93.08", () => {
    const r = reader("village-heads", "rate");
    expect(r.read(num(0.9308, "0.00%"))).toBe(93.08);
    expect(r.findings()).toEqual([]);
  });

  it("reads 93,08 typed as text under vi-VN and 93.08 under en-US", () => {
    expect(reader("village-heads", "rate").read(text("93,08"))).toBe(93.08);
    expect(reader("village-heads", "rate", "en-US").read(text("93.08"))).toBe(93.08);
    expect(reader("village-heads", "rate").read(text("93,08 %"))).toBe(93.08);
  });

  it("rejects a percent sign on a count", () => {
    expect(reader("units", "members").read(text("50%"))).toBe(INVALID);
  });

  it("keeps a village-head rate within 0–100", () => {
    const r = reader("village-heads", "rate");
    expect(r.read(num(130))).toBe(INVALID);
    expect(r.findings()).toEqual([
      expect.objectContaining({ code: "out-of-range", expected: "<= 100", actual: 130 }),
    ]);
  });
});

describe("reading text and lists", () => {
  it("reads a code typed as a number as its digits", () => {
    expect(reader("units", "code").read(num(101))).toBe("101");
  });

  it("reads a unit type by id, English or Vietnamese label, in any spelling", () => {
    const r = reader("units", "type");
    expect(r.read(text("commune"))).toBe("commune");
    expect(r.read(text("Agency committee"))).toBe("agency");
    expect(r.read(text("CHI BO TRUC THUOC"))).toBe("cell");
    expect(r.read(text("Đảng bộ xã, thị trấn".normalize("NFD")))).toBe("commune");
    expect(r.findings()).toEqual([]);
  });

  it("raises unknown-value with the allowed values in the language", () => {
    const r = reader("units", "type");
    expect(r.read(text("Đảng bộ doanh nghiệp"))).toBe(INVALID);
    const [finding] = r.findings();
    expect(finding).toEqual(
      expect.objectContaining({ code: "unknown-value", cell: "D5", actual: "Đảng bộ doanh nghiệp" })
    );
    expect(finding.message).toContain(
      "Đảng bộ xã, phường, đặc khu; Chi bộ thôn, tổ dân phố; Đảng bộ cơ quan; Chi bộ trực thuộc"
    );
  });

  it("accepts ≥ and ≤ as operators", () => {
    const operator = fieldDef("goals", "operator")!;
    expect(matchEnum(operator, "≥")).toBe(">=");
    expect(matchEnum(operator, "≤")).toBe("<=");
    expect(matchEnum(operator, ">=")).toBe(">=");
    expect(matchEnum(operator, "=>")).toBeNull();
  });
});

describe("classifyCell", () => {
  it("copes with whatever a host gives", () => {
    expect(classifyCell(undefined)).toEqual({ kind: "empty" });
    expect(classifyCell(42)).toEqual({ kind: "empty" });
    expect(classifyCell({ kind: "text", value: 12 })).toEqual({ kind: "text", value: "12" });
    expect(classifyCell({ kind: "number", value: "7" })).toEqual({ kind: "text", value: "7" });
    expect(classifyCell({ kind: "error", value: null })).toEqual({
      kind: "error",
      value: "#VALUE!",
    });
    expect(classifyCell({ kind: "weird", value: 3, numberFormat: 5 })).toEqual({
      kind: "number",
      value: 3,
      percentFormat: false,
    });
  });
});
