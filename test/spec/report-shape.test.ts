import type { Report } from "../../src/core";
import { fullWorkbook } from "./support/committee-workbook";
import { check, WORKBOOK_NAME } from "./support/check";

const FINDING_KEYS = [
  "code",
  "severity",
  "sheet",
  "cell",
  "field",
  "message",
  "expected",
  "actual",
  "needed",
];
const INDICATOR_KEYS = [
  "id",
  "scope",
  "numerator",
  "denominator",
  "value",
  "goal",
  "status",
  "needed",
];

/** A workbook with an error, a warning and a shortfall, so every part of the report has content. */
function troubledWorkbook() {
  const workbook = fullWorkbook();
  workbook.sheet("village-heads").set("D2", 14).set("E2", 116.67); // members_now 14 of 12 groups
  workbook.sheet("leader-targets").set("F3", null); // not reported yet
  workbook.sheet("private-units").set("C3", 0); // 1 of 2 founded, goal >= 100
  workbook.without("summary");
  return workbook;
}

function tally(report: Report) {
  const counts = { error: 0, warning: 0, shortfall: 0 };
  for (const finding of report.findings) counts[finding.severity] += 1;
  return counts;
}

describe("the JSON report", () => {
  test("has exactly the keys workbook, ready, counts, goalsSource, findings, indicators", async () => {
    const report = await check(troubledWorkbook());
    expect(Object.keys(report).sort()).toEqual([
      "counts",
      "findings",
      "goalsSource",
      "indicators",
      "ready",
      "workbook",
    ]);
    expect(Object.keys(report.counts).sort()).toEqual(["error", "shortfall", "warning"]);
    expect(report.workbook).toBe(WORKBOOK_NAME);
    expect(["workbook", "default"]).toContain(report.goalsSource);
  });

  test("counts tally the findings by severity, and ready is counts.error === 0", async () => {
    const troubled = await check(troubledWorkbook());
    expect(troubled.counts).toEqual(tally(troubled));
    expect(troubled.counts.error).toBeGreaterThan(0);
    expect(troubled.counts.warning).toBeGreaterThan(0);
    expect(troubled.counts.shortfall).toBeGreaterThan(0);
    expect(troubled.ready).toBe(false);

    const clean = await check(fullWorkbook());
    expect(clean.counts).toEqual(tally(clean));
    expect(clean.ready).toBe(clean.counts.error === 0);
    expect(clean.ready).toBe(true);
  });

  test("a shortfall or a warning alone does not stop the workbook being ready", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F3", null);
    workbook.sheet("private-units").set("C3", 0);
    const report = await check(workbook);
    expect(report.counts.error).toBe(0);
    expect(report.counts.warning).toBeGreaterThan(0);
    expect(report.counts.shortfall).toBeGreaterThan(0);
    expect(report.ready).toBe(true);
  });

  test("findings and indicators carry only the fields the spec names, with the right types", async () => {
    const report = await check(troubledWorkbook());
    for (const finding of report.findings) {
      for (const key of Object.keys(finding)) expect(FINDING_KEYS).toContain(key);
      expect(typeof finding.code).toBe("string");
      expect(["error", "warning", "shortfall"]).toContain(finding.severity);
      expect(typeof finding.sheet).toBe("string");
      expect(typeof finding.message).toBe("string");
      expect(finding.message.length).toBeGreaterThan(0);
      if (finding.cell !== undefined) expect(finding.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    }
    expect(report.indicators.length).toBeGreaterThan(0);
    for (const result of report.indicators) {
      expect(Object.keys(result).sort()).toEqual([...INDICATOR_KEYS].sort());
      expect(["met", "shortfall", "no-goal", "n/a"]).toContain(result.status);
    }
  });

  test("survives JSON unchanged, as the command line prints it", async () => {
    const report = await check(troubledWorkbook());
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('matches the spec’s example finding: members_now 14 of 12 groups, expected "<= 12", actual 14', async () => {
    const report = await check(troubledWorkbook());
    const finding = report.findings.find((candidate) => candidate.code === "out-of-range");
    expect(finding).toEqual(
      expect.objectContaining({
        code: "out-of-range",
        severity: "error",
        sheet: "Trưởng thôn, tổ dân phố",
        cell: "D2",
        field: "members_now",
        expected: "<= 12",
        actual: 14,
      })
    );
  });
});
