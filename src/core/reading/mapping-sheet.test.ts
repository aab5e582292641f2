import { EMPTY_MAPPING, type HeaderMapping } from "../form/mapping-types";
import {
  MAPPING_SHEET_NAME,
  MAPPING_TITLE,
  findMappingSheet,
  isMappingSheetName,
  mappingRows,
  mappingSheet,
  readMapping,
  withMapping,
} from "./mapping-sheet";
import { num, sheet, workbook } from "../../../test/support/build-snapshot";

const MAPPING: HeaderMapping = {
  sheets: { units: "Danh sách chi bộ" },
  columns: {
    units: { code: "Ký hiệu", members: "Tổng số ĐV" },
    admissions: { admitted: "=Kết nạp" },
  },
};

describe("the mapping sheet", () => {
  it("has a legal Excel sheet name: at most 31 characters, none of : \\ / ? * [ ]", () => {
    expect(MAPPING_SHEET_NAME.length).toBeLessThanOrEqual(31);
    expect(MAPPING_SHEET_NAME).not.toMatch(/[:\\/?*[\]]/);
    expect(isMappingSheetName(" committeecheck.mapping ")).toBe(true);
    expect(isMappingSheetName("Units")).toBe(false);
  });

  it("writes a title, then one text row per entry: kind, sheet id, field id, the workbook’s own text", () => {
    expect(mappingRows(MAPPING)).toEqual([
      [MAPPING_TITLE, "", "", ""],
      ["sheet", "units", "", "Danh sách chi bộ"],
      ["column", "units", "code", "Ký hiệu"],
      ["column", "units", "members", "Tổng số ĐV"],
      ["column", "admissions", "admitted", "=Kết nạp"],
    ]);
    expect(MAPPING_TITLE).toBe("Committee Check — header mapping, v1. Managed by the add-in.");
  });

  it("writes no rows for an empty mapping, so hosts remove the sheet", () => {
    expect(mappingRows(EMPTY_MAPPING)).toEqual([]);
    expect(mappingSheet(EMPTY_MAPPING)).toBeNull();
    expect(mappingRows({ sheets: { units: "   " }, columns: { units: { code: "" } } })).toEqual([]);
  });

  it("reads back what it wrote", () => {
    const saved = workbook(sheet("Danh sách chi bộ", []), mappingSheet(MAPPING)!);
    expect(readMapping(saved)).toEqual(MAPPING);
  });

  it("reads an empty mapping from a workbook without the sheet, or from nothing usable", () => {
    expect(readMapping(workbook(sheet("Units", [["Code"]])))).toEqual(EMPTY_MAPPING);
    expect(readMapping(null)).toEqual(EMPTY_MAPPING);
    expect(readMapping({ sheets: "x" } as never)).toEqual(EMPTY_MAPPING);
    expect(readMapping(workbook({ name: MAPPING_SHEET_NAME, rows: "junk" } as never))).toEqual(
      EMPTY_MAPPING
    );
  });

  it("skips junk rows: the title, blanks, unknown kinds, sheets or fields, blank names; the last row for a field wins", () => {
    const stored = sheet("COMMITTEECHECK.MAPPING", [
      [MAPPING_TITLE],
      null,
      [],
      ["note", "units", "code", "X"],
      ["column", "unit", "code", "X"],
      ["column", "units", "colour", "X"],
      ["column", "units", "name", "   "],
      ["column", "units", "name"],
      [" Column ", " UNITS ", "code", "Ký hiệu cũ"],
      ["column", "units", "code", "Ký hiệu"],
      ["sheet", "admissions", "anything", "Kết nạp 2023"],
      ["column", "village-heads", "groups", num(2023)],
      [{ kind: "error", value: "#REF!" }, "units", "type", "Phân loại"],
    ]);
    expect(readMapping(workbook(stored))).toEqual({
      sheets: { admissions: "Kết nạp 2023" },
      columns: { units: { code: "Ký hiệu" }, "village-heads": { groups: "2023" } },
    });
  });

  it("replaces the mapping sheet of an in-memory workbook, adding it last, and removes it for an empty mapping", () => {
    const original = workbook(
      sheet("Danh sách chi bộ", []),
      sheet(MAPPING_SHEET_NAME, [["old"]]),
      sheet("Kết nạp", [])
    );
    const saved = withMapping(original, MAPPING);
    expect(saved.sheets.map((s) => s.name)).toEqual([
      "Danh sách chi bộ",
      "Kết nạp",
      MAPPING_SHEET_NAME,
    ]);
    expect(readMapping(saved)).toEqual(MAPPING);
    expect(findMappingSheet(saved)?.rows[1]?.[3]).toEqual({
      value: "Danh sách chi bộ",
      kind: "text",
      numberFormat: "@",
    });
    const reset = withMapping(saved, EMPTY_MAPPING);
    expect(reset.sheets.map((s) => s.name)).toEqual(["Danh sách chi bộ", "Kết nạp"]);
    expect(original.sheets).toHaveLength(3);
  });
});
