/** Output that cannot lie: what a workbook or a file name holds is shown, never obeyed; huge reports still print. */
import { formatText, formatTextLines } from "../../src/cli/format-text";
import { painter } from "../../src/cli/ansi";
import { escapeControls } from "../../src/cli/escape";
import { reportJsonChunks } from "../../src/cli/write-json";
import type { Finding, IndicatorResult, Report } from "../../src/core";
import { runCli } from "./cli-harness";

const ESC = "\u001b";
const spoof = `Nguyễn Văn A${ESC}[2J${ESC}[32mReady to submit${ESC}]0;title\u0007\u009b31m\u202eevil\u2066x\u0000\u007f`;

function sampleReport(findings: Finding[], indicators: IndicatorResult[] = []): Report {
  return {
    workbook: `bad${ESC}[31m\nname.xlsx`,
    ready: false,
    counts: { error: findings.length, warning: 0, shortfall: 0 },
    goalsSource: "default",
    findings,
    indicators,
  };
}

/** No raw control character (other than the newline ending each line) and no bidi override reaches the terminal. */
function expectNoRawControls(text: string): void {
  // eslint-disable-next-line no-control-regex
  const raw = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  expect(text.replace(/\n/g, "")).not.toMatch(raw);
}

describe("output that cannot lie", () => {
  it("escapes C0, C1, DEL and bidi controls: each visible, none obeyed", () => {
    expect(escapeControls(spoof)).toBe(
      "Nguyễn Văn A\\x1B[2J\\x1B[32mReady to submit\\x1B]0;title\\x07\\x9B31m\\u202Eevil\\u2066x\\x00\\x7F"
    );
    expect(escapeControls("Xã Kim Long — 93,08 %")).toBe("Xã Kim Long — 93,08 %");
  });

  it("shows a leader name holding ESC sequences, a spoofed sheet name and file name escaped in the text report", () => {
    const report = sampleReport(
      [
        {
          code: "not-a-number",
          severity: "error",
          sheet: `Chỉ tiêu${ESC}[8m`,
          cell: "D5",
          message: `"${spoof}" không phải là số`,
        },
      ],
      [
        {
          id: "leader-target-attainment",
          scope: `C5${ESC}[0m`,
          numerator: 1,
          denominator: 2,
          value: 50,
          goal: { operator: ">=", value: 100 },
          status: "shortfall",
          needed: null,
        },
      ]
    );
    for (const colour of [false, true]) {
      const text = formatText(report, "en", painter(colour));
      const withoutOurColours = text.replace(new RegExp(`${ESC}\\[\\d+m`, "g"), "");
      expectNoRawControls(withoutOurColours);
      expect(text).toContain("\\x1B[2J\\x1B[32mReady to submit");
      expect(text.split("\n")[0]).toContain("bad\\x1B[31m\\x0Aname.xlsx");
    }
  });

  it("prints a file name with a newline and ESC in one escaped error line on stderr", async () => {
    const result = await runCli(["validate", `missing${ESC}[2J\nsecond line.xlsx`], {
      readFile: () => Promise.reject(Object.assign(new Error("no"), { code: "ENOENT" })),
    });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")).toHaveLength(2);
    expect(result.stderr).toContain("missing\\x1B[2J\\x0Asecond line.xlsx");
  });

  it("prints a million findings as text and as JSON in pieces, with no spread of the arrays (no stack overflow)", () => {
    const findings: Finding[] = Array.from({ length: 1_000_000 }, (_, i) => ({
      code: "not-a-number",
      severity: "error",
      sheet: "Tổ chức cơ sở đảng",
      cell: `D${i + 3}`,
      message: "không phải là số",
    }));
    const indicators: IndicatorResult[] = Array.from({ length: 200_000 }, (_, i) => ({
      id: "admission-attainment",
      scope: `X${i}`,
      numerator: 1,
      denominator: 2,
      value: 50,
      goal: { operator: ">=", value: 100 },
      status: "shortfall",
      needed: 1,
    }));
    const report = sampleReport(findings, indicators);
    let lines = 0;
    let longest = 0;
    for (const line of formatTextLines(report, "vi", painter(false))) {
      lines++;
      longest = Math.max(longest, line.length);
    }
    expect(lines).toBeGreaterThan(1_200_000);
    expect(longest).toBeLessThan(500);
    let chunks = 0;
    let bytes = 0;
    let biggest = 0;
    for (const chunk of reportJsonChunks(report)) {
      chunks++;
      bytes += chunk.length;
      biggest = Math.max(biggest, chunk.length);
    }
    // Many pieces, each small: the JSON never sits in memory as one string.
    expect(chunks).toBeGreaterThan(10_000);
    expect(biggest).toBeLessThan(100_000);
    expect(bytes).toBeGreaterThan(100_000_000);
  }, 120_000);

  it("writes JSON byte for byte as JSON.stringify(report, null, 2) does, C1 and bidi characters as \\u escapes", () => {
    const report = sampleReport(
      [
        {
          code: "not-a-number",
          severity: "error",
          sheet: "Units",
          cell: "D5",
          field: "members",
          expected: "number",
          actual: "x",
          message: "a\nb",
        } as Finding,
        { code: "missing-sheet", severity: "error", sheet: "Goals", message: "no sheet" },
      ],
      [
        {
          id: "village-head-rate",
          scope: "committee",
          numerator: 117,
          denominator: 130,
          value: 90,
          goal: { operator: ">", value: 90 },
          status: "shortfall",
          needed: 1,
        },
      ]
    );
    expect([...reportJsonChunks(report)].join("")).toBe(JSON.stringify(report, null, 2));
    const empty = { ...report, findings: [], indicators: [] };
    expect([...reportJsonChunks(empty)].join("")).toBe(JSON.stringify(empty, null, 2));
    const tricky = sampleReport([
      { code: "not-a-number", severity: "error", sheet: "S", cell: "A1", message: spoof },
    ]);
    const json = [...reportJsonChunks(tricky)].join("");
    expectNoRawControls(json);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(tricky)));
  });
});
