import {
  INDICATOR_IDS,
  INDICATORS,
  OPERATORS,
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  UNIT_TYPES,
} from "./form";
import { normaliseHeader } from "../helpers/normalise";

describe("the form definition", () => {
  it("defines the spec’s seven sheets, three of them required", () => {
    expect(SHEET_IDS).toEqual([
      "units",
      "admissions",
      "village-heads",
      "private-units",
      "leader-targets",
      "goals",
      "summary",
    ]);
    expect(SHEET_IDS.filter((id) => SHEETS[id].required)).toEqual([
      "units",
      "admissions",
      "village-heads",
    ]);
    expect(SHEETS["village-heads"].names).toEqual({
      en: "Village heads",
      vi: "Trưởng thôn, tổ dân phố",
    });
  });

  it("marks the spec’s `?` fields as optional columns", () => {
    const optional = SHEET_IDS.flatMap((id) =>
      SHEETS[id].fields.filter((field) => !field.requiredColumn).map((field) => `${id}.${field.id}`)
    );
    expect(optional).toEqual([
      "admissions.attainment",
      "village-heads.rate",
      "leader-targets.position",
      "leader-targets.direction",
    ]);
  });

  it("gives no two fields of a sheet the same header after normalising (English, Vietnamese or id)", () => {
    for (const id of SHEET_IDS) {
      const spellings = SHEETS[id].fields.flatMap((field) => [
        ...new Set([field.id, field.headers.en, field.headers.vi].map(normaliseHeader)),
      ]);
      expect(new Set(spellings).size).toBe(spellings.length);
    }
  });

  it("gives no two sheets the same name after normalising", () => {
    const names = SHEET_IDS.flatMap((id) => [
      ...new Set([id, SHEETS[id].names.en, SHEETS[id].names.vi].map(normaliseHeader)),
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists the unit types, operators, indicators and summary items of the spec", () => {
    expect(UNIT_TYPES.map((type) => type.id)).toEqual(["commune", "village", "agency", "cell"]);
    expect(OPERATORS.map((operator) => operator.id)).toEqual([">", ">=", "=", "<=", "<"]);
    expect(INDICATOR_IDS).toEqual([
      "admission-attainment",
      "village-head-rate",
      "village-head-rate-change",
      "private-units-attainment",
      "leader-target-attainment",
      "leader-targets-met",
    ]);
    expect(SUMMARY_ITEMS.map((item) => item.id)).toEqual([
      "units",
      "units_commune",
      "units_village",
      "units_agency",
      "units_cell",
      "members",
      "admitted",
      "admission_target",
      "village_heads",
      "village_heads_members",
      "village-head-rate",
      "committee",
      "committee_code",
      "year",
    ]);
    for (const indicator of INDICATORS)
      expect(
        SHEETS[indicator.sheet].fields.some((field) => field.id === indicator.numeratorField)
      ).toBe(true);
  });

  it("gives every summary item a distinct label in each language", () => {
    const labels = SUMMARY_ITEMS.flatMap((item) => [
      ...new Set(
        [item.id, item.labels.en, item.labels.vi, ...(item.aliases ?? [])].map(normaliseHeader)
      ),
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
