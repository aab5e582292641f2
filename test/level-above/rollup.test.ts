import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core";
import { validateWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { committeeWorkbook } from "../cli/committee-workbook";
import { runCli } from "../cli/cli-harness";

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

async function reportOf(path: string): Promise<Report> {
  return validateWorkbook(await readWorkbook(readFileSync(path)), {
    workbook: "x.xlsx",
    lang: "en",
  });
}

function committee(report: Report, id: string) {
  return report.indicators.find(
    (indicator) => indicator.id === id && indicator.scope === "committee"
  )!;
}

/** A workbook with only a goals sheet, as the level above would keep its own goals. */
async function goalsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Mục tiêu");
  sheet.addRow(["Chỉ số", "Điều kiện", "Giá trị", "Phạm vi"]);
  sheet.addRow(["village-head-rate", ">=", 95, "committee"]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-rollup-"));
  mkdirSync(at("in"));
  writeFileSync(at("in", "kim-long.xlsx"), await committeeWorkbook());
  writeFileSync(
    at("in", "kim-long-ban-sua.xlsx"),
    await committeeWorkbook({ kimLongMembers: 460 })
  );
  writeFileSync(at("in", "loi.xlsx"), await committeeWorkbook({ membersNow: 14 }));
  writeFileSync(at("in", "hong.xlsx"), "not a workbook");
  writeFileSync(at("goals.xlsx"), await goalsWorkbook());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("committee-check rollup", () => {
  it("sums each ready committee into one unit and lists, never sums, the inputs it leaves out", async () => {
    const result = await runCli([
      "rollup",
      at("in"),
      "--out",
      at("level-above.xlsx"),
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/LEFT OUT \(unreadable\) {2}\S*hong\.xlsx/);
    expect(result.stdout).toMatch(/INCLUDED {2}\S*kim-long-ban-sua\.xlsx/);
    expect(result.stdout).toMatch(
      /LEFT OUT \(same committee\) {2}\S*kim-long\.xlsx .*same committee as \S*kim-long-ban-sua\.xlsx/
    );
    expect(result.stdout).toMatch(/LEFT OUT \(has errors\) {2}\S*loi\.xlsx/);
    expect(result.stdout).toMatch(/Rolled up 1 of 4 workbooks into/);

    const input = await reportOf(at("in", "kim-long-ban-sua.xlsx"));
    const rolled = await reportOf(at("level-above.xlsx"));
    expect(rolled.ready).toBe(true);
    for (const id of ["admission-attainment", "village-head-rate", "village-head-rate-change"]) {
      const [a, b] = [committee(input, id), committee(rolled, id)];
      expect({ id, numerator: b.numerator, denominator: b.denominator, value: b.value }).toEqual({
        id,
        numerator: a.numerator,
        denominator: a.denominator,
        value: a.value,
      });
    }
    // The rolled-up unit is the committee, named by its file, a commune because it has village heads.
    const snapshot = await readWorkbook(readFileSync(at("level-above.xlsx")));
    const units = snapshot.sheets.find((sheet) => sheet.name === "Units")!;
    expect(units.rows.slice(2).map((row) => row!.slice(0, 4).map((cell) => cell?.value))).toEqual([
      ["kim-long-ban-sua", "kim-long-ban-sua", "Commune, ward or special-zone committee", 460 + 38],
    ]);
    const inputs = snapshot.sheets.find((sheet) => sheet.name === "Inputs")!;
    // Files in name order: hong, kim-long-ban-sua, kim-long, loi.
    expect(inputs.rows.slice(2).map((row) => row![4]?.value)).toEqual([
      "Left out: unreadable",
      "Included",
      "Left out: same committee",
      "Left out: has errors",
    ]);
  });

  it("uses the level above’s goals from --goals", async () => {
    const result = await runCli([
      "rollup",
      at("in", "kim-long.xlsx"),
      "--goals",
      at("goals.xlsx"),
      "--out",
      at("with-goals.xlsx"),
      "--lang",
      "en",
    ]);
    // Ready, every input in: exit 0, though 11 of 12 heads miss the stricter goal.
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Village and group heads who are party members \(whole committee\) is 91\.67%, short of the goal ≥ 95%/
    );
    const rolled = await reportOf(at("with-goals.xlsx"));
    expect(rolled.goalsSource).toBe("workbook");
    expect(committee(rolled, "village-head-rate").goal).toEqual({ operator: ">=", value: 95 });
  });

  it("never replaces an existing file without --force", async () => {
    writeFileSync(at("keep.xlsx"), "the board’s own file");
    const result = await runCli(["rollup", at("in", "kim-long.xlsx"), "--out", at("keep.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readFileSync(at("keep.xlsx"), "utf8")).toBe("the board’s own file");
  });

  it("says so with exit 2 when nothing can be rolled up", async () => {
    const result = await runCli([
      "rollup",
      at("in", "hong.xlsx"),
      "--out",
      at("nothing.xlsx"),
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No workbook can be rolled up/);
    expect(existsSync(at("nothing.xlsx"))).toBe(false);
  });
});
