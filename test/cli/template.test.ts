import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  validateWorkbook,
  type Lang,
  type Report,
} from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { sampleFigures, sampleTotals } from "../support/sample-figures";
import { STACK_LINE, runCli } from "./cli-harness";
import { fillTemplate } from "./fill-template";

const STRUCTURAL = ["missing-sheet", "missing-column", "duplicate-column"];

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-template-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function validateBytes(bytes: Uint8Array, lang: Lang): Promise<Report> {
  return validateWorkbook(await readWorkbook(bytes), {
    workbook: "template.xlsx",
    lang,
    locale: "vi-VN",
  });
}

describe.each<Lang>(["vi", "en"])("committee-check template --lang %s", (lang) => {
  const name = `template-${lang}.xlsx`;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const result = await runCli(["template", file(name), "--lang", lang]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stdout).toContain(resolve(file(name)));
    bytes = readFileSync(file(name));
  });

  it("writes every sheet of the spec, named in the language, with its headers", async () => {
    const snapshot = await readWorkbook(bytes);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(
      SHEET_IDS.map((id) => SHEETS[id].names[lang])
    );
    snapshot.sheets.forEach((sheet, i) => {
      const headers = sheet.rows[1]
        ?.slice(0, SHEETS[SHEET_IDS[i]].fields.length)
        .map((cell) => cell?.value);
      expect(headers).toEqual(SHEETS[SHEET_IDS[i]].fields.map((field) => field.headers[lang]));
    });
  });

  it("validates, empty, with no structural finding and no error", async () => {
    const report = await validateBytes(bytes, lang);
    expect(report.findings.filter((finding) => STRUCTURAL.includes(finding.code))).toEqual([]);
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);
    // The goals it was written with are the spec's defaults, now in the workbook.
    expect(report.goalsSource).toBe("workbook");
  });

  it("validates clean once filled with the sample’s figures, its formulas giving the sample’s rates and totals", async () => {
    const filled = await fillTemplate(bytes, lang, sampleFigures(lang));
    writeFileSync(file(`filled-${lang}.xlsx`), filled);
    const report = await validateBytes(filled, lang);
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(report.ready).toBe(true);

    const summary = (await readWorkbook(filled)).sheets.find(
      (sheet) => sheet.name === SHEETS.summary.names[lang]
    );
    const value = (id: string) =>
      summary?.rows[2 + SUMMARY_ITEMS.findIndex((item) => item.id === id)]?.[1]?.value;
    const totals = sampleTotals();
    expect([
      value("units"),
      value("members"),
      value("admitted"),
      value("village_heads"),
      value("village_heads_members"),
    ]).toEqual([totals.units, totals.members, totals.admitted, totals.groups, totals.headsNow]);
    expect(value("village-head-rate")).toBe(93.08);

    // The command line agrees, on the file.
    const check = await runCli([
      "validate",
      file(`filled-${lang}.xlsx`),
      "--lang",
      lang,
      "--format",
      "json",
    ]);
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as Report).ready).toBe(true);
  });
});

describe("committee-check template: an existing file", () => {
  it("refuses to replace a file that exists, with one line and exit 2, leaving it as it was", async () => {
    const path = file("mine.xlsx");
    writeFileSync(path, "the committee’s own workbook");
    const result = await runCli(["template", path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toMatch(/đã có.*--force/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path, "utf8")).toBe("the committee’s own workbook");

    const english = await runCli(["template", path, "--lang", "en"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/already exists.*--force/);
  });

  it("replaces it with --force", async () => {
    const path = file("old-template.xlsx");
    writeFileSync(path, "last year");
    const result = await runCli(["template", path, "--force", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote the standard workbook/);
    const report = await validateBytes(readFileSync(path), "en");
    expect(report.ready).toBe(true);
  });
});

describe("committee-check template: usage", () => {
  it.each([
    [["template"], /Thiếu tên tệp cần tạo/],
    [["template", "out.xls"], /phải có đuôi \.xlsx/],
    [["template", "a.xlsx", "b.xlsx"], /Thừa đối số "b.xlsx"/],
    [["template", "a.xlsx", "--format", "json"], /--format không dùng với lệnh template/],
    [["template", "a.xlsx", "--force=yes"], /--force không nhận giá trị/],
    [["validate", "a.xlsx", "--force"], /--force không dùng với lệnh validate/],
  ])("exits 2 with one line for %j", async (argv, message) => {
    const result = await runCli(argv as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("says where it cannot write, in one line", async () => {
    const result = await runCli(["template", join(dir, "no-such-folder", "out.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không có thư mục/);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("lists the template command in the help", async () => {
    const vi = await runCli(["--help"]);
    expect(vi.stdout).toContain("committee-check template <tệp-mới.xlsx> [--lang vi|en] [--force]");
    const en = await runCli(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("committee-check template <out.xlsx> [--lang vi|en] [--force]");
  });
});
