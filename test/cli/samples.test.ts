import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook } from "../../src/core";
import type { Finding, IndicatorResult, Report } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { SAMPLE_FILES, readSampleData, sampleWorkbookBytes } from "../../scripts/make-samples";

const SAMPLES = join(__dirname, "..", "..", "assets", "samples");

async function validateSample(file: string): Promise<Report> {
  const snapshot = await readWorkbook(readFileSync(join(SAMPLES, file)));
  return validateWorkbook(snapshot, { workbook: file, lang: "vi", locale: "vi-VN" });
}

function committee(report: Report, id: IndicatorResult["id"]): IndicatorResult | undefined {
  return report.indicators.find(
    (indicator) => indicator.id === id && indicator.scope === "committee"
  );
}

describe("the Tam Dương 2023 data", () => {
  it("keeps the figures of the published report", () => {
    const data = readSampleData();
    const ofType = (type: string) => data.units.filter((unit) => unit.type === type).length;
    expect([data.units.length, ofType("commune"), ofType("agency"), ofType("cell")]).toEqual([
      48, 13, 3, 32,
    ]);
    const members = data.units.reduce((total, unit) => total + unit.members, 0);
    expect(members).toBeGreaterThan(6300);
    expect(members).toBeLessThan(6400);
    expect(data.leaderTargets).toHaveLength(60);
    expect(data.privateUnits.map((row) => row.code).sort()).toEqual(["X04", "X11"]);
    // Every name as written in Vietnamese, composed (NFC), as a form's data should be.
    for (const unit of data.units) expect(unit.name).toBe(unit.name.normalize("NFC"));
  });
});

describe("the Tam Dương 2023 sample", () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateSample("tam-duong-2023.xlsx");
  });

  it("is ready to submit, against the goals of its own goals sheet", () => {
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.goalsSource).toBe("workbook");
  });

  it("has 121 of 130 village heads who are members: 93.08 % against > 90 %, met, +8.46 points in the year", () => {
    expect(committee(report, "village-head-rate")).toEqual({
      id: "village-head-rate",
      scope: "committee",
      numerator: 121,
      denominator: 130,
      value: 93.08,
      goal: { operator: ">", value: 90 },
      status: "met",
      needed: 0,
    });
    expect(committee(report, "village-head-rate-change")?.value).toBe(8.46);
  });

  it("admitted 185 against the province's 180 and founded 2 private-sector organisations of 2", () => {
    expect(committee(report, "admission-attainment")).toMatchObject({
      numerator: 185,
      denominator: 180,
      status: "met",
    });
    expect(committee(report, "private-units-attainment")).toMatchObject({
      numerator: 2,
      denominator: 2,
      status: "met",
    });
  });

  it("reports 60 leader targets, the few below target as shortfalls, not errors", () => {
    const leaderRows = report.indicators.filter(
      (indicator) => indicator.id === "leader-target-attainment"
    );
    expect(leaderRows).toHaveLength(60);
    const below = leaderRows.filter((row) => row.status === "shortfall");
    expect(below.length).toBeGreaterThan(0);
    expect(report.counts.shortfall).toBe(
      report.findings.filter((f) => f.code === "goal-shortfall").length
    );
    expect(report.findings.every((f) => f.code === "goal-shortfall")).toBe(true);
  });
});

describe("the Tam Dương 2023 sample with mistakes", () => {
  let report: Report;
  beforeAll(async () => {
    report = await validateSample("tam-duong-2023-mistakes.xlsx");
  });

  const key = (f: Pick<Finding, "code" | "sheet" | "cell">) =>
    `${f.sheet}!${f.cell ?? "—"} ${f.code}`;

  it("has exactly the errors that were put in it, each at its cell", () => {
    const errors = report.findings
      .filter((f) => f.severity === "error")
      .map(key)
      .sort();
    expect(errors).toEqual(
      [
        // Kim Long typed again at the bottom (NFD, double space): code and name repeat.
        "Tổ chức cơ sở đảng!B53 duplicate-key",
        "Tổ chức cơ sở đảng!C53 duplicate-key",
        // "Chi bộ trực thuột": a misspelt unit type.
        "Tổ chức cơ sở đảng!D47 unknown-value",
        // The totals row holds "6.300" typed as text, not the sum of the rows.
        "Tổ chức cơ sở đảng!E54 total-mismatch",
        // The post office's admissions row was deleted.
        "Kết nạp đảng viên!— missing-unit",
        // Its total typed as 185 and the rate beside it computed from that.
        "Kết nạp đảng viên!E52 total-mismatch",
        "Kết nạp đảng viên!F52 total-mismatch",
        // The inspectorate's rate divides by a target of 0.
        "Kết nạp đảng viên!F30 formula-error",
        // Hướng Đạo: 12 heads who are members of 11 villages, and so a rate over 100.
        "Trưởng thôn, tổ dân phố!F14 out-of-range",
        "Trưởng thôn, tổ dân phố!G14 out-of-range",
        // The number of villages typed over the summary's formula.
        "Tổng hợp!C13 total-mismatch",
      ].sort()
    );
    expect(report.ready).toBe(false);
    expect(report.counts.error).toBe(11);
  });

  it("warns about the number typed as text and the leader result left blank", () => {
    const warnings = report.findings
      .filter((f) => f.severity === "warning")
      .map(key)
      .sort();
    expect(warnings).toEqual(
      [
        "Giao chỉ tiêu người đứng đầu!G55 not-reported",
        "Tổ chức cơ sở đảng!E54 number-as-text",
      ].sort()
    );
  });

  it("names the missing unit and the typed figures in its messages", () => {
    const missing = report.findings.find((f) => f.code === "missing-unit");
    expect(missing?.message).toContain("CB30");
    const typed = report.findings.find((f) => f.code === "number-as-text");
    expect(typed?.actual ?? typed?.message).toEqual(expect.stringContaining("6.300"));
  });
});

describe("the committed sample files", () => {
  it.each(SAMPLE_FILES.map(([file, withMistakes]) => [file, withMistakes] as const))(
    "%s is exactly what npm run samples builds from the data (run it after changing the form or the data)",
    async (file, withMistakes) => {
      const built = await sampleWorkbookBytes(readSampleData(), withMistakes);
      const committed = new Uint8Array(readFileSync(join(SAMPLES, file)));
      expect(Buffer.from(built).equals(Buffer.from(committed))).toBe(true);
    }
  );
});
