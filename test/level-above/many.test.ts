import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { committeeWorkbook } from "../cli/committee-workbook";
import { runCli } from "../cli/cli-harness";

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-many-"));
  mkdirSync(at("in", "xa"), { recursive: true });
  writeFileSync(at("in", "a-ready.xlsx"), await committeeWorkbook());
  writeFileSync(at("in", "xa", "b-errors.xlsx"), await committeeWorkbook({ membersNow: 14 }));
  writeFileSync(at("in", "xa", "c-broken.xlsx"), "not a workbook");
  writeFileSync(at("in", "notes.txt"), "ignored");
  writeFileSync(at("in", "~$a-ready.xlsx"), "an Excel lock file");
  mkdirSync(at("ok"));
  writeFileSync(at("ok", "one.xlsx"), await committeeWorkbook());
  writeFileSync(at("ok", "two.xlsx"), await committeeWorkbook({ kimLongMembers: 459 }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("committee-check validate <folder>", () => {
  it("checks every workbook under the folder, one line each, then the totals; an unreadable one does not stop the run", async () => {
    const result = await runCli(["validate", at("in"), "--lang", "en"]);
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^READY {2}\S*a-ready\.xlsx · 0 errors, .* · not stamped$/);
    expect(lines[1]).toMatch(
      /^ERRORS {2}\S*b-errors\.xlsx · 1 error, .* · not stamped · Trưởng thôn, tổ dân phố!D3: /
    );
    expect(lines[2]).toMatch(/^UNREADABLE {2}\S*c-broken\.xlsx: /);
    // Both workbooks list the same units: two versions of one committee.
    expect(lines[3]).toMatch(
      /^Same committee: \S*a-ready\.xlsx and \S*b-errors\.xlsx \(same list of units\)\.$/
    );
    expect(lines[4]).toBe("3 files in all: 1 ready to submit, 1 with errors, 1 unreadable.");
    expect(result.stderr).toBe("");
  });

  it("prints the spec JSON: files with their reports, and the counts", async () => {
    const result = await runCli(["validate", at("in"), "--format", "json"]);
    const json = JSON.parse(result.stdout);
    expect(json.files.map((f: { file: string }) => f.file.split(/[\\/]/).pop())).toEqual([
      "a-ready.xlsx",
      "b-errors.xlsx",
      "c-broken.xlsx",
    ]);
    expect(json.files[0]).toMatchObject({ ready: true, stamp: "none", counts: { error: 0 } });
    expect(json.files[0].report.indicators.length).toBeGreaterThan(0);
    expect(json.files[1]).toMatchObject({ ready: false, counts: { error: 1 } });
    expect(json.files[2].ready).toBe(false);
    expect(json.files[2].error).toMatch(/c-broken\.xlsx/);
    expect(json.counts).toMatchObject({ files: 3, ready: 1, withErrors: 1, unreadable: 1 });
  });

  it("exits 0 when every file is ready, 1 when one has errors", async () => {
    expect((await runCli(["validate", at("ok")])).code).toBe(0);
    expect((await runCli(["validate", at("ok"), at("in", "xa", "b-errors.xlsx")])).code).toBe(1);
  });

  it("names two workbooks of the same committee (the same units)", async () => {
    const result = await runCli(["validate", at("ok"), "--lang", "en"]);
    expect(result.stdout).toMatch(
      /Same committee: \S*one\.xlsx and \S*two\.xlsx \(same list of units\)\./
    );
  });

  it("lists a path that does not exist with its reason and goes on", async () => {
    const result = await runCli(["validate", at("nowhere"), at("ok"), "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/UNREADABLE {2}.*nowhere: No such file/);
    expect(result.stdout).toMatch(
      /3 files in all: 2 ready to submit, 0 with errors, 1 unreadable\./
    );
  });

  it("shows control characters in a file name escaped, never raw", async () => {
    const odd = at("odd");
    mkdirSync(odd);
    cpSync(at("ok", "one.xlsx"), join(odd, "x\u001b[2Jy.xlsx"));
    const result = await runCli(["validate", odd, at("ok", "one.xlsx"), "--lang", "en"]);
    expect(result.stdout).not.toContain("\u001b");
    expect(result.stdout).toContain("x\\x1B[2Jy.xlsx");
  });
});
