import { SHEETS } from "./form/form";
import { mappingSheet } from "./reading/mapping-sheet";
import type { HeaderMapping } from "./form/mapping-types";
import { findSheet } from "./reading/sheet-reader";
import type { WorkbookSnapshot } from "./model/snapshot";
import {
  cleanRows,
  committeeWorkbook,
  sheet,
  workbook,
  type Rows,
} from "../../test/support/build-snapshot";
import { check, only, where } from "../../test/support/report-helpers";

const FOREIGN_HEADERS = ["Ký hiệu", "Tên chi, đảng bộ", "Phân loại", "Quân số"];
const FOREIGN_MAPPING: HeaderMapping = {
  sheets: { units: "Danh sách chi bộ" },
  columns: {
    units: { code: "Ký hiệu", name: "Tên chi, đảng bộ", type: "Phân loại", members: "Quân số" },
  },
};

/** The clean workbook with its units sheet as one committee keeps it: its own sheet name and headers. */
function foreignRows(change?: (rows: Record<string, Rows>) => void): Record<string, Rows> {
  const rows = cleanRows();
  rows.units[0] = [...FOREIGN_HEADERS];
  change?.(rows);
  return rows;
}

function foreignWorkbook(
  mapping: HeaderMapping | null,
  change?: (rows: Record<string, Rows>) => void
): WorkbookSnapshot {
  const snapshot = committeeWorkbook(foreignRows(change), { units: "Danh sách chi bộ" });
  const stored = mapping && mappingSheet(mapping);
  return stored ? { sheets: [...snapshot.sheets, stored] } : snapshot;
}

describe("validating with a saved header mapping", () => {
  it("fails a workbook with its own sheet name and headers, and passes it once they are mapped", () => {
    expect(where(check(foreignWorkbook(null)))).toEqual([
      ["missing-sheet", "Tổ chức cơ sở đảng", undefined],
    ]);
    const report = check(foreignWorkbook(FOREIGN_MAPPING));
    expect(report.findings).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it("keeps the report’s fixed keys: the mapping is not announced in the JSON", () => {
    expect(Object.keys(check(foreignWorkbook(FOREIGN_MAPPING)))).toEqual([
      "workbook",
      "ready",
      "counts",
      "goalsSource",
      "findings",
      "indicators",
    ]);
  });

  it("reports findings on the mapped sheet under the sheet’s own name and cells", () => {
    const report = check(foreignWorkbook(FOREIGN_MAPPING, (rows) => (rows.units[2][3] = -5)));
    expect(where(report)).toEqual([["negative", "Danh sách chi bộ", "D3"]]);
    expect(only(report, "negative")[0].field).toBe("members");
  });

  it("maps columns of a sheet recognised by its name, below title rows (the header row is found through the mapping)", () => {
    const rows = cleanRows();
    rows.units = [
      ["DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023"],
      [],
      FOREIGN_HEADERS,
      ...rows.units.slice(1),
    ];
    const columnsOnly: HeaderMapping = { sheets: {}, columns: FOREIGN_MAPPING.columns };
    expect(only(check(committeeWorkbook(rows)), "missing-column").map((f) => f.field)).toEqual([
      "code",
      "name",
      "type",
      "members",
    ]);
    const snapshot = committeeWorkbook(rows);
    const mapped = check({ sheets: [...snapshot.sheets, mappingSheet(columnsOnly)!] });
    expect(mapped.findings).toEqual([]);
  });

  it("maps only what is missing: a sheet with one foreign header keeps its standard ones", () => {
    const rows = cleanRows();
    rows.units[0] = ["Mã", "Tên tổ chức", "Loại hình", "Quân số"];
    expect(where(check(committeeWorkbook(rows)))).toEqual([
      ["missing-column", "Tổ chức cơ sở đảng", undefined],
    ]);
    const snapshot = committeeWorkbook(rows);
    const report = check({
      sheets: [
        ...snapshot.sheets,
        mappingSheet({ sheets: {}, columns: { units: { members: "Quân số" } } })!,
      ],
    });
    expect(report.findings).toEqual([]);
  });

  it("lets a mapped header be a field even where its text is another field’s standard header", () => {
    const rows = cleanRows();
    // This committee calls the target "Kế hoạch" and writes the admitted count under "Chỉ tiêu".
    rows.admissions = [
      ["Mã", "Kế hoạch", "Chỉ tiêu"],
      ...rows.admissions.slice(1).map((row) => row.slice(0, 3)),
    ];
    expect(only(check(committeeWorkbook(rows)), "missing-column").map((f) => f.field)).toEqual([
      "admitted",
    ]);
    const snapshot = committeeWorkbook(rows);
    const mapping: HeaderMapping = {
      sheets: {},
      columns: { admissions: { target: "Kế hoạch", admitted: "Chỉ tiêu" } },
    };
    const report = check({ sheets: [...snapshot.sheets, mappingSheet(mapping)!] });
    expect(report.findings).toEqual([]);
  });

  it("still matches a mapped header retyped in another case, spacing or without diacritics", () => {
    const report = check(
      foreignWorkbook(
        FOREIGN_MAPPING,
        (rows) =>
          (rows.units[0] = [
            "KY HIEU",
            "Tên  chi, đảng bộ ",
            "phân loại",
            "Quân số".normalize("NFD"),
          ])
      )
    );
    expect(report.findings).toEqual([]);
  });

  it("asks again when a mapped header is renamed to something else after mapping (missing-column)", () => {
    const report = check(
      foreignWorkbook(FOREIGN_MAPPING, (rows) => (rows.units[0][3] = "Quân số chính thức"))
    );
    expect(where(report)).toEqual([["missing-column", "Danh sách chi bộ", undefined]]);
    expect(report.findings[0].field).toBe("members");
  });

  it("falls back to the sheet’s standard name when the mapped sheet is gone, and says missing-sheet when neither is there", () => {
    const renamed = committeeWorkbook(foreignRows(), { units: "Chi bộ 2024" });
    expect(where(check({ sheets: [...renamed.sheets, mappingSheet(FOREIGN_MAPPING)!] }))).toEqual([
      ["missing-sheet", "Tổ chức cơ sở đảng", undefined],
    ]);
    const standard = committeeWorkbook(cleanRows());
    expect(
      check({ sheets: [...standard.sheets, mappingSheet(FOREIGN_MAPPING)!] }).findings
    ).toEqual([]);
  });

  it("prefers the mapped sheet to a sheet with the standard name (an empty standard sheet added later)", () => {
    const snapshot = foreignWorkbook(FOREIGN_MAPPING);
    const withBlankStandard = {
      sheets: [
        sheet("Tổ chức cơ sở đảng", [["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"]]),
        ...snapshot.sheets,
      ],
    };
    expect(check(withBlankStandard).findings).toEqual([]);
  });

  it("never reads the mapping sheet as a form sheet", () => {
    const snapshot = foreignWorkbook(FOREIGN_MAPPING);
    for (const def of Object.values(SHEETS))
      expect(findSheet(workbook(mappingSheet(FOREIGN_MAPPING)!), def, FOREIGN_MAPPING)).toBeNull();
    expect(
      check(snapshot).findings.some((finding) => finding.sheet.startsWith("CommitteeCheck"))
    ).toBe(false);
  });
});

describe("finding a sheet through the mapping", () => {
  const mapping: HeaderMapping = { sheets: { admissions: "Units" }, columns: {} };

  it("takes the mapped sheet by its exact name, else by its name in another case", () => {
    const snapshot = workbook(sheet("Kết nạp", []), sheet("Khác", []));
    expect(
      findSheet(snapshot, SHEETS.admissions, { sheets: { admissions: "KẾT NẠP" }, columns: {} })
        ?.index
    ).toBe(0);
    expect(
      findSheet(snapshot, SHEETS.admissions, { sheets: { admissions: "Khác" }, columns: {} })?.index
    ).toBe(1);
  });

  it("does not take a sheet by its name for one form sheet when the mapping gives it to another", () => {
    const snapshot = workbook(sheet("Units", []));
    expect(findSheet(snapshot, SHEETS.admissions, mapping)?.index).toBe(0);
    expect(findSheet(snapshot, SHEETS.units, mapping)).toBeNull();
    expect(findSheet(snapshot, SHEETS.units)?.index).toBe(0);
  });
});
