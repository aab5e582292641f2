/**
 * The province's figures are right by construction: a generated district of 13 communes, each commune's
 * own workbook (its village cells and other cells), rolled up, gives every indicator that the same district
 * gives checked as one workbook of 13 commune units.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateWorkbook, type IndicatorResult, type Report } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { runCli } from "../cli/cli-harness";
import { committeeFile, type UnitFigures } from "./committee-file";

const COMMUNES = [
  "Kim Long",
  "Hướng Đạo",
  "Đạo Tú",
  "Hợp Hòa",
  "Hoàng Đan",
  "Hoàng Lâu",
  "Duy Phiên",
  "An Hòa",
  "Thanh Vân",
  "Hợp Thịnh",
  "Vân Hội",
  "Đồng Tĩnh",
  "Hoàng Hoa",
];

/** A small deterministic generator, so the district is the same on every run. */
function figuresOf(seed: number) {
  let state = seed * 7919 + 17;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  return next;
}

interface Commune {
  readonly code: string;
  readonly name: string;
  readonly units: UnitFigures[];
}

function commune(i: number): Commune {
  const next = figuresOf(i + 1);
  const code = `X${String(i + 1).padStart(2, "0")}`;
  const villages = 6 + next(9);
  const units: UnitFigures[] = [];
  for (let v = 0; v < villages; v++) {
    const start = next(2);
    units.push({
      code: `${code}-T${v + 1}`,
      name: `Chi bộ thôn ${v + 1}, xã ${COMMUNES[i]}`,
      type: "Chi bộ thôn",
      members: 12 + next(30),
      target: next(4),
      admitted: next(4),
      villages: { groups: 1, start, now: Math.max(start, next(2)) },
    });
  }
  units.push({
    code: `${code}-CB`,
    name: `Chi bộ Trường THCS ${COMMUNES[i]}`,
    type: "Chi bộ trực thuộc",
    members: 20 + next(15),
    target: 1 + next(2),
    admitted: next(3),
  });
  return { code, name: `Đảng bộ xã ${COMMUNES[i]}`, units };
}

const sum = (units: UnitFigures[], of: (u: UnitFigures) => number) =>
  units.reduce((total, unit) => total + of(unit), 0);

/** The district as one workbook: a commune unit per commune with its sums. */
function districtUnits(communes: Commune[]): UnitFigures[] {
  return communes.map((c) => ({
    code: c.code,
    name: c.name,
    type: "Đảng bộ xã",
    members: sum(c.units, (u) => u.members),
    target: sum(c.units, (u) => u.target),
    admitted: sum(c.units, (u) => u.admitted),
    villages: {
      groups: sum(c.units, (u) => u.villages?.groups ?? 0),
      start: sum(c.units, (u) => u.villages?.start ?? 0),
      now: sum(c.units, (u) => u.villages?.now ?? 0),
    },
  }));
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-district-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const figures = (indicator: IndicatorResult) => ({
  id: indicator.id,
  scope: indicator.scope,
  numerator: indicator.numerator,
  denominator: indicator.denominator,
  value: indicator.value,
  status: indicator.status,
  needed: indicator.needed,
});

const byKey = (report: Report) =>
  report.indicators
    .map(figures)
    .sort((a, b) => `${a.id} ${a.scope}`.localeCompare(`${b.id} ${b.scope}`));

it("rolls 13 commune workbooks up into the figures of the district checked as one workbook", async () => {
  const communes = COMMUNES.map((_, i) => commune(i));
  mkdirSync(join(dir, "xa"));
  for (const c of communes) {
    const bytes = await committeeFile(c.units, { name: c.name, code: c.code, year: "2026" });
    const own = validateWorkbook(await readWorkbook(bytes), { workbook: c.code });
    expect({
      commune: c.code,
      ready: own.ready,
      errors: own.findings.filter((f) => f.severity === "error"),
    }).toEqual({ commune: c.code, ready: true, errors: [] });
    writeFileSync(join(dir, "xa", `${c.code}.xlsx`), bytes);
  }
  const district = validateWorkbook(
    await readWorkbook(await committeeFile(districtUnits(communes))),
    { workbook: "district.xlsx" }
  );
  expect(district.ready).toBe(true);

  const result = await runCli([
    "rollup",
    join(dir, "xa"),
    "--out",
    join(dir, "huyen.xlsx"),
    "--lang",
    "en",
  ]);
  expect(result.stdout).toMatch(/Rolled up 13 of 13 workbooks/);
  expect(result.code).toBe(0);
  const rolled = validateWorkbook(await readWorkbook(readFileSync(join(dir, "huyen.xlsx"))), {
    workbook: "huyen.xlsx",
  });

  expect(rolled.ready).toBe(true);
  expect(byKey(rolled)).toEqual(byKey(district));
  // Each rolled-up unit carries its committee's code and name from the commune's own summary.
  const units = (await readWorkbook(readFileSync(join(dir, "huyen.xlsx")))).sheets.find(
    (sheet) => sheet.name === "Units"
  )!;
  expect(units.rows[2]!.slice(0, 2).map((cell) => cell?.value)).toEqual([
    "X01",
    "Đảng bộ xã Kim Long",
  ]);
});
