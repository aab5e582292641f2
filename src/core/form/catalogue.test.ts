import { CATALOGUE, GOAL_MESSAGES, PHRASES, renderMessage, renderPhrase } from "./catalogue";
import type { FindingCode, Severity } from "../model/report";

/** The spec's findings table. */
const SPEC_SEVERITIES: Record<FindingCode, Severity> = {
  "missing-sheet": "error",
  "missing-column": "error",
  "duplicate-column": "error",
  "required-cell": "error",
  "not-a-number": "error",
  "number-as-text": "warning",
  "not-whole": "error",
  negative: "error",
  "out-of-range": "error",
  "formula-error": "error",
  "unknown-value": "error",
  "duplicate-key": "error",
  "similar-name": "warning",
  "unknown-unit": "error",
  "wrong-unit-type": "error",
  "missing-unit": "error",
  "rate-mismatch": "error",
  "total-mismatch": "error",
  "not-reported": "warning",
  "large-change": "warning",
  "goal-shortfall": "shortfall",
  "stamp-changed": "warning",
  "legacy-encoding": "warning",
};

const placeholders = (template: string) =>
  [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]).sort();

describe("the finding catalogue", () => {
  it("has every code of the spec with the spec’s severity", () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual(Object.keys(SPEC_SEVERITIES).sort());
    for (const [code, severity] of Object.entries(SPEC_SEVERITIES))
      expect(CATALOGUE[code as FindingCode].severity).toBe(severity);
  });

  it("has a title and every message in both languages, with the same placeholders", () => {
    for (const entry of Object.values(CATALOGUE)) {
      expect(entry.title.vi).not.toBe("");
      expect(entry.title.en).not.toBe("");
      for (const template of Object.values(entry.messages)) {
        expect(placeholders(template.vi)).toEqual(placeholders(template.en));
        expect(template.vi.normalize("NFC")).toBe(template.vi);
      }
    }
    for (const phrase of Object.values(PHRASES))
      expect(placeholders(phrase.vi)).toEqual(placeholders(phrase.en));
    for (const message of Object.values(GOAL_MESSAGES))
      expect(placeholders(message.vi)).toEqual(placeholders(message.en));
  });

  it("formats numbers for the language", () => {
    expect(renderMessage("not-whole", "vi", { field: "Số đảng viên", actual: 6300.5 })).toBe(
      "“Số đảng viên” phải là số nguyên nhưng đang là 6.300,5. Nhập số nguyên."
    );
    expect(renderMessage("not-whole", "en", { field: "Party members", actual: 6300.5 })).toBe(
      "“Party members” must be a whole number but is 6,300.5. Enter a whole number."
    );
    expect(
      renderMessage("rate-mismatch", "vi", {
        field: "Tỷ lệ (%)",
        actual: { rate: 93.1 },
        expected: { rate: 93.0769 },
      })
    ).toContain("93,10 % nhưng tính từ số liệu được 93,08 %");
  });

  it("falls back to the default message for an unknown variant and leaves unknown placeholders visible", () => {
    expect(renderMessage("required-cell", "en", { field: "Code" }, "nonsense")).toBe(
      "“Code” is empty. Fill in this cell."
    );
    expect(renderMessage("required-cell", "en", {})).toBe("“{field}” is empty. Fill in this cell.");
  });

  it("renders phrases with their values", () => {
    expect(renderPhrase("unit", "vi", { name: "Xã Kim Long", code: "X01" })).toBe(
      "Xã Kim Long, mã X01"
    );
  });
});
