/**
 * Spec, "Reading a sheet", real forms: a numbering column, headers over two or three rows,
 * a column-number row, group heading rows with subtotals, a footer — each alone and all
 * together, in every sheet, never a finding; a real fault inside still found at its cell.
 */
import { fullWorkbook, type CommitteeWorkbook, type SheetId } from "./support/committee-workbook";
import { check, expectFinding, expectNoFinding, findingsOf } from "./support/check";
import {
  addNumberingColumn,
  appendRow,
  cellOf,
  colOf,
  columnNumberRow,
  footer,
  groupRow,
  multiRowHeader,
} from "./support/real-form";

const UNITS = "Tổ chức cơ sở đảng";
const ADMISSIONS = "Kết nạp đảng viên";
const HEADS = "Trưởng thôn, tổ dân phố";
const ALL: SheetId[] = [
  "units",
  "admissions",
  "village-heads",
  "private-units",
  "leader-targets",
  "goals",
  "summary",
];

function everySheet(workbook: CommitteeWorkbook, change: (id: SheetId) => void): CommitteeWorkbook {
  for (const id of ALL) change(id);
  return workbook;
}

/** Group rows on the units and village-heads sheets: communes (I) and the rest (II), with subtotals where asked. */
function withGroups(workbook: CommitteeWorkbook, subtotals: boolean): CommitteeWorkbook {
  const units = workbook.sheet("units");
  const label = colOf(units, "Tên tổ chức");
  const marker = 0;
  const members = colOf(units, "Số đảng viên");
  groupRow(units, "X01", {
    [marker]: "I",
    [label]: "Đảng bộ xã, phường, đặc khu",
    ...(subtotals ? { [members]: 270 } : {}),
  });
  groupRow(units, "CQ1", {
    [marker]: "II",
    [label]: "Đảng bộ cơ quan, chi bộ trực thuộc",
    ...(subtotals ? { [members]: 105 } : {}),
  });
  const heads = workbook.sheet("village-heads");
  const groupsCol = colOf(heads, "Số thôn, tổ dân phố");
  groupRow(heads, "X01", {
    0: "I. Đảng bộ xã, phường, đặc khu",
    ...(subtotals
      ? { [groupsCol]: 20, [groupsCol + 1]: 17, [groupsCol + 2]: 19, [groupsCol + 3]: 95 }
      : {}),
  });
  return workbook;
}

describe("a numbering column", () => {
  test("STT before the table on every sheet: no finding", async () => {
    const workbook = fullWorkbook();
    everySheet(workbook, (id) => addNumberingColumn(workbook.sheet(id)));
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("TT, and a fault moved one column right is found at its cell", async () => {
    const workbook = fullWorkbook().without("summary");
    everySheet(workbook, (id) => workbook.has(id) && addNumberingColumn(workbook.sheet(id), "TT"));
    workbook.sheet("units").set("E3", -3); // X02's members, column D before
    const report = await check(workbook);
    expectFinding(report, { code: "negative", sheet: UNITS, cell: "E3", field: "members" });
    expect(report.findings.filter((finding) => finding.severity === "error")).toHaveLength(1);
  });
});

describe("headers over two or three rows", () => {
  test.each([
    ["two rows, merged", { merged: true }],
    ["two rows, not merged (centred across)", { merged: false }],
    ["three rows, merged", { merged: true, topHeading: "Biểu số 01-TCCS" }],
    ["three rows, not merged", { merged: false, topHeading: "Biểu số 01-TCCS" }],
  ])("%s, on every sheet: no finding", async (_, options) => {
    const workbook = fullWorkbook();
    everySheet(workbook, (id) => multiRowHeader(workbook.sheet(id), options));
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("Là đảng viên over Đầu năm | Hiện nay is read as both fields; a fault is at its cell", async () => {
    const workbook = fullWorkbook().without("summary");
    const heads = multiRowHeader(workbook.sheet("village-heads"));
    const now = cellOf(heads, "X01", "Hiện nay");
    expect(now).toBe("D3");
    heads.set("D3", 14).set("E3", 116.67);
    const report = await check(workbook);
    expectFinding(report, {
      code: "out-of-range",
      sheet: HEADS,
      cell: "D3",
      field: "members_now",
      expected: "<= 12",
      actual: 14,
    });
    expectNoFinding(report, "missing-column");
    expectNoFinding(report, "required-cell");
  });

  test("under title rows, with the header three rows deep", async () => {
    const workbook = fullWorkbook();
    const heads = workbook
      .sheet("village-heads")
      .insertTitleRows(["ĐẢNG BỘ PHƯỜNG KIM LONG", "BÁO CÁO TRƯỞNG THÔN, TỔ DÂN PHỐ NĂM 2026"], {
        merge: true,
      });
    multiRowHeader(heads, { topHeading: "Số liệu" });
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("a column-number row under the header", () => {
  test.each([["parens"], ["plain"], ["letters"]] as const)(
    "%s markers on every sheet: no finding",
    async (style) => {
      const workbook = fullWorkbook();
      everySheet(workbook, (id) => columnNumberRow(workbook.sheet(id), style));
      const report = await check(workbook);
      expect(report.findings).toEqual([]);
    }
  );

  test("the first data row under it is still read: a fault there is found", async () => {
    const workbook = fullWorkbook().without("summary");
    columnNumberRow(workbook.sheet("admissions"));
    workbook.sheet("admissions").set("C3", "mười"); // X01's admitted, row 2 before
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-a-number",
      sheet: ADMISSIONS,
      cell: "C3",
      field: "admitted",
    });
  });
});

describe("group heading rows and subtotals", () => {
  test("group rows without counts: not data, no finding", async () => {
    const report = await check(withGroups(fullWorkbook(), false));
    expect(report.findings).toEqual([]);
  });

  test("group rows with correct subtotals: no finding, and not part of the sheet total", async () => {
    const workbook = withGroups(fullWorkbook(), true);
    appendRow(workbook.sheet("units"), { 1: "Tổng cộng", 3: 375 });
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("a wrong subtotal is total-mismatch at its cell", async () => {
    const workbook = withGroups(fullWorkbook(), true);
    workbook.sheet("units").set("D5", 106); // group II: 80 + 25 = 105
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      sheet: UNITS,
      cell: "D5",
      field: "members",
      expected: 105,
      actual: 106,
    });
    expect(report.findings).toHaveLength(1);
  });

  test("Cộng I after the group is its subtotal", async () => {
    const workbook = fullWorkbook();
    const heads = workbook.sheet("village-heads");
    groupRow(heads, "X01", { 0: "I", 1: "Đảng bộ xã, phường, đặc khu" });
    appendRow(heads, { 0: "Cộng I", 1: 20, 2: 17, 3: 19, 4: 95 });
    expect(findingsOf(await check(workbook), "total-mismatch")).toEqual([]);
    heads.set("C5", 18);
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      sheet: HEADS,
      cell: "C5",
      field: "members_start",
      expected: 17,
      actual: 18,
    });
    expect(report.findings).toHaveLength(1);
  });

  test("a row without code and without a group marker is still required-cell", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").set("A3", null); // X02 loses its code
    const report = await check(workbook);
    expectFinding(report, { code: "required-cell", sheet: UNITS, cell: "A3", field: "code" });
  });
});

describe("a footer below the data", () => {
  test("signatures, place and date, notes on every sheet: no finding", async () => {
    const workbook = fullWorkbook();
    everySheet(workbook, (id) =>
      footer(workbook.sheet(id), 0, Math.min(2, workbook.sheet(id).rows[0].length - 1))
    );
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("directly under the data (no empty row): still footer", async () => {
    const workbook = fullWorkbook();
    const units = workbook.sheet("units");
    appendRow(units, { 0: "Nơi nhận:", 2: "T/M BAN THƯỜNG VỤ" });
    appendRow(units, { 0: "- Như trên;", 2: "BÍ THƯ" });
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("a unit row below an empty row is still read: its missing number is required-cell", async () => {
    const workbook = fullWorkbook().without("summary");
    const admissions = workbook.sheet("admissions");
    admissions.set("A5", null).set("B5", null).set("C5", null); // CB1 moved below a gap, with no numbers
    appendRow(admissions, {});
    appendRow(admissions, { 0: "CB1" });
    footer(admissions);
    const report = await check(workbook);
    expectFinding(report, {
      code: "required-cell",
      sheet: ADMISSIONS,
      cell: "B7",
      field: "target",
    });
    expectFinding(report, {
      code: "required-cell",
      sheet: ADMISSIONS,
      cell: "C7",
      field: "admitted",
    });
    expectNoFinding(report, "missing-unit");
  });
});

describe("every convention together", () => {
  function decorated(): CommitteeWorkbook {
    const workbook = fullWorkbook();
    everySheet(workbook, (id) => {
      const sheet = workbook.sheet(id);
      sheet.insertTitleRows(["ĐẢNG BỘ PHƯỜNG KIM LONG", "BIỂU THỐNG KÊ NĂM 2026"], { merge: true });
      multiRowHeader(sheet, id === "village-heads" ? {} : { topHeading: "Số liệu" });
      addNumberingColumn(sheet);
      columnNumberRow(sheet);
      footer(sheet, 1, 3);
    });
    return workbook;
  }

  test("no finding", async () => {
    const report = await check(decorated());
    expect(report.findings).toEqual([]);
  });

  test("real faults are found at their exact cells", async () => {
    const workbook = decorated();
    const units = workbook.sheet("units");
    const heads = workbook.sheet("village-heads");
    const admissions = workbook.sheet("admissions");
    const members = cellOf(units, "X02", "Số đảng viên");
    const now = cellOf(heads, "X01", "Hiện nay");
    const admitted = cellOf(admissions, "CQ1", "Đã kết nạp");
    units.set(members, -3);
    heads.set(now, 14);
    admissions.set(admitted, null);
    const report = await check(workbook.without("summary"));
    expectFinding(report, { code: "negative", sheet: UNITS, cell: members, field: "members" });
    expectFinding(report, { code: "out-of-range", sheet: HEADS, cell: now, field: "members_now" });
    expectFinding(report, {
      code: "required-cell",
      sheet: ADMISSIONS,
      cell: admitted,
      field: "admitted",
    });
    expect(report.findings.filter((finding) => finding.severity === "error")).toHaveLength(3); // a row out of range gets no rate check of its own
  });
});

describe("headers as staff write them", () => {
  test("abbreviations and longer names, a regional sheet name: no finding", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").headers(["Mã số", "Tên tổ chức cơ sở đảng", "Loại hình", "Số ĐV"]);
    workbook
      .sheet("admissions")
      .headers(["Mã TCCS", "Chỉ tiêu kết nạp", "Số đảng viên được kết nạp", "Tỷ lệ %"]);
    const heads = workbook.sheet("village-heads");
    heads.name = "Trưởng ấp, khu phố";
    heads.headers(["Mã", "Số thôn, TDP", "Là ĐV đầu năm", "Là ĐV hiện nay", "Tỷ lệ"]);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("Tổng số đảng viên with a fault: found at its cell", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").header("members", "Tổng số đảng viên").set("D4", "tám mươi");
    const report = await check(workbook);
    expectFinding(report, { code: "not-a-number", sheet: UNITS, cell: "D4", field: "members" });
  });
});
