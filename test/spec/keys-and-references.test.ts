import { fullWorkbook, nfd, requiredSheetsWorkbook } from "./support/committee-workbook";
import { check, expectFinding, expectNoErrors, expectNoFinding, findingsOf } from "./support/check";

const UNITS = "Tổ chức cơ sở đảng";
const ADMISSIONS = "Kết nạp đảng viên";
const HEADS = "Trưởng thôn, tổ dân phố";
const PRIVATE = "Tổ chức đảng ngoài nhà nước";
const LEADERS = "Giao chỉ tiêu người đứng đầu";
const GOALS = "Mục tiêu";

describe("unknown-value", () => {
  test("a unit type outside the list", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("C3", "phường");
    const report = await check(workbook);
    expectFinding(report, {
      code: "unknown-value",
      severity: "error",
      sheet: UNITS,
      cell: "C3",
      field: "type",
    });
  });

  test("an operator outside the list in the goals sheet", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("goals").set("B3", "=>");
    const report = await check(workbook);
    expectFinding(report, {
      code: "unknown-value",
      severity: "error",
      sheet: GOALS,
      cell: "B3",
      field: "operator",
    });
  });

  test("an indicator that is not one of the spec’s ids in the goals sheet", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("goals").set("A3", "ty-le-ket-nap");
    const report = await check(workbook);
    expectFinding(report, {
      code: "unknown-value",
      severity: "error",
      sheet: GOALS,
      cell: "A3",
      field: "indicator",
    });
  });

  test("a direction outside the list in leader targets", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("G2", "Càng nhiều càng tốt");
    const report = await check(workbook);
    expectFinding(report, {
      code: "unknown-value",
      severity: "error",
      sheet: LEADERS,
      cell: "G2",
      field: "direction",
    });
  });

  test("directions by id, by Vietnamese label and blank are all accepted", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("leader-targets")
      .set("G2", "higher")
      .set("G3", "lower")
      .addRow([
        "Lê Văn Cường",
        "Bí thư",
        "CQ1",
        "Đánh giá hoàn thành tốt nhiệm vụ (%)",
        90,
        95,
        null,
      ])
      .addRow(["Phạm Thị Dung", "Bí thư", "CB1", "Số vụ vi phạm", 2, 1, "Thấp hơn là tốt"]);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("duplicate-key", () => {
  test("a repeated unit code", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("A3", "X01");
    const report = await check(workbook);
    expectFinding(report, {
      code: "duplicate-key",
      severity: "error",
      sheet: UNITS,
      cell: "A3",
      field: "code",
    });
  });

  test("a unit code repeated with other case and spaces is the same key", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("A3", " x01\u00a0");
    const report = await check(workbook);
    expectFinding(report, {
      code: "duplicate-key",
      severity: "error",
      sheet: UNITS,
      cell: "A3",
      field: "code",
    });
  });

  test('"Xã Kim Long" typed in NFD and "xã  kim long " are the same name', async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("B2", nfd("Xã Kim Long")).set("B3", "xã  kim long ");
    const report = await check(workbook);
    expectFinding(report, {
      code: "duplicate-key",
      severity: "error",
      sheet: UNITS,
      cell: "B3",
      field: "name",
    });
    expect(report.ready).toBe(false);
  });

  test("a unit with two rows in admissions", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("admissions").addRow(["X02", 1, 1, 100]);
    const report = await check(workbook);
    expectFinding(report, {
      code: "duplicate-key",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "A6",
      field: "code",
    });
  });
});

describe("similar-name", () => {
  test('"Xã Đông" and "Xã Đồng" differ only in diacritics: a warning, not an error', async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("B2", "Xã Đông").set("B3", "Xã Đồng");
    const report = await check(workbook);
    const similar = findingsOf(report, "similar-name");
    expect(similar.length).toBeGreaterThanOrEqual(1);
    for (const finding of similar) {
      expect(finding).toEqual(
        expect.objectContaining({ severity: "warning", sheet: UNITS, field: "name" })
      );
      expect(["B2", "B3"]).toContain(finding.cell);
    }
    expectNoFinding(report, "duplicate-key");
    expectNoErrors(report);
  });
});

describe("unknown-unit", () => {
  test("an admissions row for a code the units sheet does not have", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("admissions").addRow(["X99", 1, 1, 100]);
    const report = await check(workbook);
    expectFinding(report, {
      code: "unknown-unit",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "A6",
      field: "code",
    });
  });

  test("in village heads, private units and leader targets", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("village-heads").addRow(["X99", 5, 4, 5, 100]);
    workbook.sheet("private-units").set("A3", "X98");
    workbook.sheet("leader-targets").set("C2", "X97");
    const report = await check(workbook);
    expectFinding(report, {
      code: "unknown-unit",
      severity: "error",
      sheet: HEADS,
      cell: "A4",
      field: "code",
    });
    expectFinding(report, {
      code: "unknown-unit",
      severity: "error",
      sheet: PRIVATE,
      cell: "A3",
      field: "code",
    });
    expectFinding(report, {
      code: "unknown-unit",
      severity: "error",
      sheet: LEADERS,
      cell: "C2",
      field: "code",
    });
  });

  test("codes match as keys: other case and spaces are the same code", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("A4", "CQ-Đ");
    workbook.sheet("admissions").set("A2", " x01 ").set("A4", "cq-đ");
    workbook.sheet("village-heads").set("A3", "x02");
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("wrong-unit-type", () => {
  test("a village-heads row for an agency committee", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").addRow(["CQ1", 5, 3, 4, 80]);
    const report = await check(workbook);
    expectFinding(report, {
      code: "wrong-unit-type",
      severity: "error",
      sheet: HEADS,
      cell: "A4",
      field: "code",
    });
  });
});

describe("missing-unit", () => {
  test("a unit without an admissions row", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("admissions").removeRow(4); // CQ1
    const report = await check(workbook);
    const missing = findingsOf(report, "missing-unit");
    expect(missing).toEqual([expect.objectContaining({ severity: "error", sheet: ADMISSIONS })]);
    expect(JSON.stringify(missing[0])).toContain("CQ1");
  });

  test("a commune unit without a village-heads row", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("village-heads").removeRow(3); // X02
    const report = await check(workbook);
    const missing = findingsOf(report, "missing-unit");
    expect(missing).toEqual([expect.objectContaining({ severity: "error", sheet: HEADS })]);
    expect(JSON.stringify(missing[0])).toContain("X02");
  });

  test("agency committees and cells need no village-heads row", async () => {
    const report = await check(requiredSheetsWorkbook());
    expectNoFinding(report, "missing-unit");
  });

  test("units without a private-units row simply have no target there", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("private-units").removeRow(3);
    const report = await check(workbook);
    expectNoFinding(report, "missing-unit");
    expectNoErrors(report);
  });
});
