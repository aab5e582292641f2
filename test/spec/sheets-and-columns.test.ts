import type { SheetId } from "./support/committee-workbook";
import {
  fullWorkbook,
  nfd,
  requiredSheetsWorkbook,
  VI_HEADERS,
} from "./support/committee-workbook";
import {
  check,
  expectFinding,
  expectNoErrors,
  expectNoFinding,
  expectSheetFinding,
  findingsOf,
} from "./support/check";

describe("missing-sheet", () => {
  test.each<[SheetId, string, string]>([
    ["units", "Tổ chức cơ sở đảng", "Units"],
    ["admissions", "Kết nạp đảng viên", "Admissions"],
    ["village-heads", "Trưởng thôn, tổ dân phố", "Village heads"],
  ])(
    "a workbook without the required %s sheet: an error without a cell, named in the chosen language",
    async (id, vi, en) => {
      const vietnamese = await check(fullWorkbook().without(id));
      expectSheetFinding(vietnamese, { code: "missing-sheet", severity: "error", sheet: vi });
      expect(vietnamese.ready).toBe(false);

      const english = await check(fullWorkbook().without(id), { lang: "en" });
      expectSheetFinding(english, { code: "missing-sheet", severity: "error", sheet: en });
    }
  );

  test("the optional sheets may be absent", async () => {
    const report = await check(requiredSheetsWorkbook());
    expectNoFinding(report, "missing-sheet");
  });
});

describe("missing-column", () => {
  test("a required field without a column: an error on the sheet, no cell, with the field id", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").removeColumn("members");
    const report = await check(workbook);
    expectSheetFinding(report, {
      code: "missing-column",
      severity: "error",
      sheet: "Tổ chức cơ sở đảng",
      field: "members",
    });
  });

  test("village heads without the members_now column", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("village-heads").removeColumn("rate").removeColumn("members_now");
    const report = await check(workbook);
    expectSheetFinding(report, {
      code: "missing-column",
      severity: "error",
      sheet: "Trưởng thôn, tổ dân phố",
      field: "members_now",
    });
  });

  test("an optional sheet that is present needs its required columns", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("private-units").removeColumn("established");
    workbook.sheet("goals").removeColumn("scope");
    const report = await check(workbook);
    expectSheetFinding(report, {
      code: "missing-column",
      severity: "error",
      sheet: "Tổ chức đảng ngoài nhà nước",
      field: "established",
    });
    expectSheetFinding(report, {
      code: "missing-column",
      severity: "error",
      sheet: "Mục tiêu",
      field: "scope",
    });
  });

  test("optional fields (attainment, rate, position, direction) may have no column", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").removeColumn("attainment");
    workbook.sheet("village-heads").removeColumn("rate");
    workbook.sheet("leader-targets").removeColumn("direction").removeColumn("position");
    // Without the direction column the second leader row reads as `higher`: 2.5 of 3 is then a shortfall, not an error.
    const report = await check(workbook);
    expectNoFinding(report, "missing-column");
    expectNoErrors(report);
  });

  test("a header row further down than row 10 is not found, so the required fields have no column", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").insertTitleRows(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const report = await check(workbook);
    expectFinding(report, {
      code: "missing-column",
      severity: "error",
      sheet: "Tổ chức cơ sở đảng",
      field: "members",
    });
  });

  test("a header row at row 10 (nine title rows) is found", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("units")
      .insertTitleRows(["1", "2", "3", "4", "5", "6", "7", "8", "9"])
      .set("D12", -3);
    const report = await check(workbook);
    expectNoFinding(report, "missing-column");
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: "Tổ chức cơ sở đảng",
      cell: "D12",
      field: "members",
    });
  });
});

describe("duplicate-column", () => {
  test("two columns that map to one field: an error on one of their header cells", async () => {
    const workbook = fullWorkbook();
    // E1 "Party members" is the English header of the same field as D1 "Số đảng viên".
    workbook.sheet("units").set("E1", "Party members");
    for (let row = 2; row <= 5; row++)
      workbook.sheet("units").set(`E${row}`, workbook.sheet("units").get(`D${row}`)!);
    const report = await check(workbook);
    const found = findingsOf(report, "duplicate-column");
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Tổ chức cơ sở đảng", field: "members" }),
    ]);
    expect(["D1", "E1"]).toContain(found[0].cell);
  });
});

/** Each recognition test breaks D3 (members of X02) so that a finding proves the field was mapped. */
async function unitsWithHeaders(headers: readonly string[]) {
  const workbook = fullWorkbook().without("summary");
  workbook.sheet("units").headers(headers).set("D3", -3);
  return check(workbook);
}

describe("headers are recognised after normalising", () => {
  test.each<[string, readonly string[]]>([
    ["Vietnamese (NFC)", VI_HEADERS.units],
    ["Vietnamese typed in NFD", VI_HEADERS.units.map(nfd)],
    ["upper case without diacritics", ["MA", "TEN TO CHUC", "LOAI HINH", "SO DANG VIEN"]],
    ["upper case with diacritics", ["MÃ", "TÊN TỔ CHỨC", "LOẠI HÌNH", "SỐ ĐẢNG VIÊN"]],
    ["English", ["Code", "Name", "Type", "Party members"]],
    ["field ids", ["code", "name", "type", "members"]],
    [
      "padded with spaces and non-breaking spaces",
      ["\u00a0Mã ", " Tên  tổ chức", "Loại\u00a0hình\u00a0", "  Số   đảng \u00a0viên "],
    ],
  ])("%s", async (_label, headers) => {
    const report = await unitsWithHeaders(headers);
    expectNoFinding(report, "missing-column");
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: "Tổ chức cơ sở đảng",
      cell: "D3",
      field: "members",
    });
    expect(report.findings.filter((finding) => finding.severity === "error")).toHaveLength(1);
  });

  test("village-heads headers in upper case without diacritics and in NFD", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("village-heads")
      .headers([
        "MA",
        "SO THON, TO DAN PHO",
        "LA DANG VIEN DAU NAM",
        "LA DANG VIEN HIEN NAY",
        "TY LE (%)",
      ]);
    workbook.sheet("admissions").headers(VI_HEADERS.admissions.map(nfd));
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("village-heads headers as field ids", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("village-heads")
      .headers(["code", "groups", "members_start", "members_now", "rate"])
      .set("D2", 14);
    const report = await check(workbook);
    expectFinding(report, {
      code: "out-of-range",
      severity: "error",
      cell: "D2",
      field: "members_now",
      expected: "<= 12",
      actual: 14,
    });
  });

  test("columns are found by header, whatever their order", async () => {
    const workbook = fullWorkbook();
    const units = workbook.sheet("units");
    for (const row of units.rows) row.reverse(); // Số đảng viên | Loại hình | Tên tổ chức | Mã
    units.set("A3", -3);
    const report = await check(workbook);
    expectNoFinding(report, "missing-column");
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: "Tổ chức cơ sở đảng",
      cell: "A3",
      field: "members",
    });
  });
});

describe("sheets are recognised by name after normalising, and findings use the sheet’s own name", () => {
  test.each([
    ["Vietnamese", "Tổ chức cơ sở đảng"],
    ["Vietnamese typed in NFD", nfd("Tổ chức cơ sở đảng")],
    ["upper case", "TỔ CHỨC CƠ SỞ ĐẢNG"],
    ["upper case without diacritics", "TO CHUC CO SO DANG"],
    ["English", "Units"],
    ["English in upper case", "UNITS"],
  ])("%s", async (_label, name) => {
    const workbook = fullWorkbook();
    workbook.sheet("units").name = name;
    workbook.sheet("units").set("D3", -3);
    const report = await check(workbook);
    expectNoFinding(report, "missing-sheet");
    const negative = findingsOf(report, "negative");
    expect(negative).toHaveLength(1);
    expect(negative[0].sheet.normalize("NFC")).toBe(name.normalize("NFC"));
    expect(negative[0].cell).toBe("D3");
  });

  test("other sheets under English, NFD and upper-case names", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").name = nfd("Kết nạp đảng viên");
    workbook.sheet("village-heads").name = "VILLAGE HEADS";
    workbook.sheet("goals").name = "MUC TIEU";
    workbook.sheet("summary").name = "Summary";
    workbook.sheet("private-units").name = "Private-sector organisations";
    workbook.sheet("leader-targets").name = "Leader targets";
    workbook.sheet("village-heads").set("D2", 14);
    const report = await check(workbook);
    expectNoFinding(report, "missing-sheet");
    expect(report.goalsSource).toBe("workbook");
    expectFinding(report, {
      code: "out-of-range",
      sheet: "VILLAGE HEADS",
      cell: "D2",
      field: "members_now",
    });
  });
});
