import {
  isEmptyMapping,
  mappingEntries,
  mappingFromEntries,
  mergeMappings,
} from "./mapping-entries";
import { EMPTY_MAPPING } from "./mapping-types";

describe("mapping entries", () => {
  it("lists sheets first, then columns, in the form’s order whatever the order they were set in", () => {
    const entries = mappingEntries({
      sheets: { admissions: "Kết nạp", units: "Chi bộ" },
      columns: {
        admissions: { admitted: "Số kết nạp", code: "Ký hiệu" },
        units: { members: "Tổng số ĐV" },
      },
    });
    expect(entries).toEqual([
      { kind: "sheet", sheet: "units", name: "Chi bộ" },
      { kind: "sheet", sheet: "admissions", name: "Kết nạp" },
      { kind: "column", sheet: "units", field: "members", name: "Tổng số ĐV" },
      { kind: "column", sheet: "admissions", field: "code", name: "Ký hiệu" },
      { kind: "column", sheet: "admissions", field: "admitted", name: "Số kết nạp" },
    ]);
  });

  it("drops unknown sheets and fields, blank and overlong names", () => {
    const mapping = mappingFromEntries([
      { kind: "sheet", sheet: "nowhere" as never, name: "X" },
      { kind: "column", sheet: "units", field: "colour", name: "Màu" },
      { kind: "column", sheet: "units", field: "code", name: " \u00a0" },
      { kind: "column", sheet: "units", field: "name", name: "x".repeat(201) },
    ]);
    expect(isEmptyMapping(mapping)).toBe(true);
    expect(isEmptyMapping(EMPTY_MAPPING)).toBe(true);
    expect(isEmptyMapping({ sheets: {}, columns: { units: { code: "Ký hiệu" } } })).toBe(false);
  });

  it("lays the user’s choices over the saved mapping: a choice replaces what was saved for the same field", () => {
    const saved = {
      sheets: { units: "Chi bộ" },
      columns: { units: { code: "Ký hiệu", members: "Số ĐV" } },
    };
    const merged = mergeMappings(saved, {
      sheets: {},
      columns: { units: { members: "Tổng số ĐV" }, admissions: { target: "Kế hoạch" } },
    });
    expect(merged).toEqual({
      sheets: { units: "Chi bộ" },
      columns: {
        units: { code: "Ký hiệu", members: "Tổng số ĐV" },
        admissions: { target: "Kế hoạch" },
      },
    });
  });
});
