/**
 * Builds the sample committee workbooks from assets/samples/tam-duong-2023.json:
 *   assets/samples/tam-duong-2023.xlsx           — ready to submit
 *   assets/samples/tam-duong-2023-mistakes.xlsx  — the same with the mistakes staff really make
 * Sheet names and headers come from the engine's form definition, so they never drift from it.
 * Run: npm run samples (the output is byte-for-byte the same on every run).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SHEETS, SUMMARY_ITEMS, columnLetters, indicatorTitle } from "../src/core";
import type { IndicatorId, Operator } from "../src/core";

type SheetId = keyof typeof SHEETS;

interface UnitRecord {
  code: string;
  name: string;
  type: "commune" | "village" | "agency" | "cell";
  members: number;
}
interface AdmissionRecord {
  code: string;
  target: number;
  admitted: number;
}
interface VillageHeadRecord {
  code: string;
  groups: number;
  membersStart: number;
  membersNow: number;
}
interface PrivateUnitRecord {
  code: string;
  target: number;
  established: number;
}
interface LeaderTargetRecord {
  leader: string;
  position: string;
  code: string;
  indicator: string;
  target: number;
  actual: number | null;
  direction?: "higher" | "lower";
}
interface GoalRecord {
  indicator: IndicatorId;
  operator: Operator;
  value: number;
  scope: "committee" | "each-unit";
}
export interface SampleData {
  committee: string;
  /** The committee's code for the level above (summary item committee_code). */
  committeeCode?: string;
  year: number;
  note: string;
  units: UnitRecord[];
  admissions: AdmissionRecord[];
  villageHeads: VillageHeadRecord[];
  privateUnits: PrivateUnitRecord[];
  leaderTargets: LeaderTargetRecord[];
  goals: GoalRecord[];
}

const SAMPLES = join(__dirname, "..", "assets", "samples");
/** Fixed so that regenerating gives the same bytes (document properties and zip entry dates). */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 8, 0, 0));

const TITLE_ROW = 1;
const NOTE_ROW = 2;
const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
const TOTAL_LABEL = "Tổng cộng";

// ——— the form, from the engine ———

function sheetName(id: SheetId): string {
  return SHEETS[id].names.vi;
}

function header(id: SheetId, field: string): string {
  const def = SHEETS[id].fields.find((candidate) => candidate.id === field);
  if (!def) throw new Error(`The form has no field ${field} on ${id}`);
  return def.headers.vi;
}

function valueLabel(id: SheetId, field: string, value: string): string {
  const def = SHEETS[id].fields.find((candidate) => candidate.id === field);
  const label = def?.values?.find((candidate) => candidate.id === value)?.labels?.vi;
  if (!label) throw new Error(`The form has no label for ${id}.${field} = ${value}`);
  return label;
}

function quotedSheet(id: SheetId): string {
  return `'${sheetName(id).replace(/'/g, "''")}'`;
}

// ——— a sheet as staff lay it out: title, note, header, rows, totals ———

type Value = ExcelJS.CellValue;

interface Column {
  /** Form field id; absent for columns staff add for themselves (row number, unit name, explanation). */
  readonly field?: string;
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
}

interface SheetPlan {
  readonly id: SheetId;
  readonly subtitle: string;
  readonly columns: Column[];
  readonly rows: Value[][];
  /** The totals row, or none. */
  totals?: Value[];
}

function columnIndex(plan: SheetPlan, field: string): number {
  const index = plan.columns.findIndex((column) => column.field === field);
  if (index < 0) throw new Error(`${plan.id} has no column for ${field}`);
  return index;
}

/** A1 address of a field's cell in a data row (0-based data row index). */
function address(plan: SheetPlan, field: string, rowIndex: number): string {
  return `${columnLetters(columnIndex(plan, field))}${FIRST_DATA_ROW + rowIndex}`;
}

function dataRange(plan: SheetPlan, field: string): string {
  const letter = columnLetters(columnIndex(plan, field));
  return `${letter}${FIRST_DATA_ROW}:${letter}${FIRST_DATA_ROW + plan.rows.length - 1}`;
}

function totalsAddress(plan: SheetPlan, field: string): string {
  return `${columnLetters(columnIndex(plan, field))}${FIRST_DATA_ROW + plan.rows.length}`;
}

function rowIndexOf(plan: SheetPlan, code: string): number {
  const codeColumn = columnIndex(plan, "code");
  const index = plan.rows.findIndex((row) => row[codeColumn] === code);
  if (index < 0) throw new Error(`${plan.id} has no row for ${code}`);
  return index;
}

function setCell(plan: SheetPlan, code: string, field: string, value: Value): void {
  plan.rows[rowIndexOf(plan, code)][columnIndex(plan, field)] = value;
}

function numberIn(value: Value): number {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "result" in value && typeof value.result === "number")
    return value.result;
  return 0;
}

/** What Excel would cache for SUM over a column of the data rows. */
function sumOf(plan: SheetPlan, field: string): number {
  const column = columnIndex(plan, field);
  return plan.rows.reduce((total, row) => total + numberIn(row[column]), 0);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

// ——— the sheets ———

function unitsPlan(data: SampleData): SheetPlan {
  const id = "units";
  const plan: SheetPlan = {
    id,
    subtitle: `Tổ chức cơ sở đảng năm ${data.year}`,
    columns: [
      { header: "TT", width: 5 },
      { field: "code", header: header(id, "code"), width: 8 },
      { field: "name", header: header(id, "name"), width: 52 },
      { field: "type", header: header(id, "type"), width: 22 },
      { field: "members", header: header(id, "members"), width: 14, numFmt: "#,##0" },
    ],
    rows: data.units.map((unit, i) => [
      i + 1,
      unit.code,
      unit.name,
      valueLabel(id, "type", unit.type),
      unit.members,
    ]),
  };
  plan.totals = [
    TOTAL_LABEL,
    null,
    null,
    null,
    { formula: `SUM(${dataRange(plan, "members")})`, result: sumOf(plan, "members") },
  ];
  return plan;
}

function unitName(data: SampleData, code: string): string {
  return data.units.find((unit) => unit.code === code)?.name ?? "";
}

/** Attainment as staff write it: a percentage-formatted fraction, blank where there is no target. */
function attainmentFormula(
  plan: SheetPlan,
  rowIndex: number,
  target: number,
  admitted: number
): Value {
  const t = address(plan, "target", rowIndex);
  const a = address(plan, "admitted", rowIndex);
  return { formula: `IF(${t}=0,"",${a}/${t})`, result: target === 0 ? "" : admitted / target };
}

function admissionsPlan(data: SampleData): SheetPlan {
  const id = "admissions";
  const plan: SheetPlan = {
    id,
    subtitle: `Kết nạp đảng viên năm ${data.year} (chỉ tiêu Ban Thường vụ Tỉnh ủy giao)`,
    columns: [
      { header: "TT", width: 5 },
      { field: "code", header: header(id, "code"), width: 8 },
      { header: header("units", "name"), width: 52 },
      { field: "target", header: header(id, "target"), width: 11, numFmt: "#,##0" },
      { field: "admitted", header: header(id, "admitted"), width: 13, numFmt: "#,##0" },
      { field: "attainment", header: header(id, "attainment"), width: 14, numFmt: "0.00%" },
    ],
    rows: [],
  };
  data.admissions.forEach((admission, i) => {
    plan.rows.push([
      i + 1,
      admission.code,
      unitName(data, admission.code),
      admission.target,
      admission.admitted,
      null,
    ]);
  });
  data.admissions.forEach((admission, i) => {
    plan.rows[i][columnIndex(plan, "attainment")] = attainmentFormula(
      plan,
      i,
      admission.target,
      admission.admitted
    );
  });
  const target = sumOf(plan, "target");
  const admitted = sumOf(plan, "admitted");
  plan.totals = [
    TOTAL_LABEL,
    null,
    null,
    { formula: `SUM(${dataRange(plan, "target")})`, result: target },
    { formula: `SUM(${dataRange(plan, "admitted")})`, result: admitted },
    {
      formula: `${totalsAddress(plan, "admitted")}/${totalsAddress(plan, "target")}`,
      result: admitted / target,
    },
  ];
  return plan;
}

/** The rate as staff write it: a number of percent rounded to two decimals. */
function rateFormula(plan: SheetPlan, rowIndex: number, now: number, groups: number): Value {
  return {
    formula: `ROUND(${address(plan, "members_now", rowIndex)}/${address(plan, "groups", rowIndex)}*100,2)`,
    result: round2((now / groups) * 100),
  };
}

function villageHeadsPlan(data: SampleData): SheetPlan {
  const id = "village-heads";
  const plan: SheetPlan = {
    id,
    subtitle: `Trưởng thôn, tổ dân phố là đảng viên năm ${data.year}`,
    columns: [
      { header: "TT", width: 5 },
      { field: "code", header: header(id, "code"), width: 8 },
      { header: header("units", "name"), width: 24 },
      { field: "groups", header: header(id, "groups"), width: 14 },
      { field: "members_start", header: header(id, "members_start"), width: 14 },
      { field: "members_now", header: header(id, "members_now"), width: 14 },
      { field: "rate", header: header(id, "rate"), width: 11, numFmt: "0.00" },
    ],
    rows: data.villageHeads.map((row, i) => [
      i + 1,
      row.code,
      unitName(data, row.code),
      row.groups,
      row.membersStart,
      row.membersNow,
      null,
    ]),
  };
  data.villageHeads.forEach((row, i) => {
    plan.rows[i][columnIndex(plan, "rate")] = rateFormula(plan, i, row.membersNow, row.groups);
  });
  const groups = sumOf(plan, "groups");
  const now = sumOf(plan, "members_now");
  plan.totals = [
    TOTAL_LABEL,
    null,
    null,
    { formula: `SUM(${dataRange(plan, "groups")})`, result: groups },
    { formula: `SUM(${dataRange(plan, "members_start")})`, result: sumOf(plan, "members_start") },
    { formula: `SUM(${dataRange(plan, "members_now")})`, result: now },
    {
      formula: `ROUND(${totalsAddress(plan, "members_now")}/${totalsAddress(plan, "groups")}*100,2)`,
      result: round2((now / groups) * 100),
    },
  ];
  return plan;
}

function privateUnitsPlan(data: SampleData): SheetPlan {
  const id = "private-units";
  return {
    id,
    subtitle: `Thành lập tổ chức đảng trong đơn vị kinh tế ngoài nhà nước năm ${data.year}`,
    columns: [
      { header: "TT", width: 5 },
      { field: "code", header: header(id, "code"), width: 8 },
      { header: header("units", "name"), width: 24 },
      { field: "target", header: header(id, "target"), width: 11 },
      { field: "established", header: header(id, "established"), width: 14 },
    ],
    rows: data.privateUnits.map((row, i) => [
      i + 1,
      row.code,
      unitName(data, row.code),
      row.target,
      row.established,
    ]),
  };
}

function leaderTargetsPlan(data: SampleData): SheetPlan {
  const id = "leader-targets";
  return {
    id,
    subtitle: `Chỉ tiêu giao người đứng đầu cơ quan, đơn vị năm ${data.year}`,
    columns: [
      { header: "TT", width: 5 },
      { field: "leader", header: header(id, "leader"), width: 22 },
      { field: "position", header: header(id, "position"), width: 44 },
      { field: "code", header: header(id, "code"), width: 11 },
      { field: "indicator", header: header(id, "indicator"), width: 54 },
      { field: "target", header: header(id, "target"), width: 11, numFmt: "#,##0.##" },
      { field: "actual", header: header(id, "actual"), width: 11, numFmt: "#,##0.##" },
      { field: "direction", header: header(id, "direction"), width: 16 },
    ],
    rows: data.leaderTargets.map((row, i) => [
      i + 1,
      row.leader,
      row.position,
      row.code,
      row.indicator,
      row.target,
      row.actual,
      valueLabel(id, "direction", row.direction ?? "higher"),
    ]),
  };
}

/** Staff write `≥` as often as `>=`; the sample uses the sign as it is typed on a Vietnamese keyboard. */
const OPERATOR_AS_TYPED: Record<Operator, string> = {
  ">": ">",
  ">=": "≥",
  "=": "=",
  "<=": "≤",
  "<": "<",
};

function goalsPlan(data: SampleData): SheetPlan {
  const id = "goals";
  return {
    id,
    subtitle: `Mục tiêu Ban Thường vụ Tỉnh ủy giao năm ${data.year}`,
    columns: [
      { header: "TT", width: 5 },
      { field: "indicator", header: header(id, "indicator"), width: 28 },
      { header: "Diễn giải", width: 56 },
      { field: "operator", header: header(id, "operator"), width: 11 },
      { field: "value", header: header(id, "value"), width: 9 },
      { field: "scope", header: header(id, "scope"), width: 16 },
    ],
    rows: data.goals.map((goal, i) => [
      i + 1,
      goal.indicator,
      indicatorTitle(goal.indicator, "vi"),
      OPERATOR_AS_TYPED[goal.operator],
      goal.value,
      valueLabel(id, "scope", goal.scope),
    ]),
  };
}

/** The summary is linked to the sheets by formulas, as staff usually do; the cached results are what Excel shows. */
function summaryPlan(
  data: SampleData,
  plans: Record<"units" | "admissions" | "village-heads", SheetPlan>
): SheetPlan {
  const id = "summary";
  const units = plans.units;
  const admissions = plans.admissions;
  const heads = plans["village-heads"];
  const typeColumn = columnIndex(units, "type");
  const countType = (type: UnitRecord["type"]): Value => {
    const label = valueLabel("units", "type", type);
    return {
      formula: `COUNTIF(${quotedSheet("units")}!${dataRange(units, "type")},"${label}")`,
      result: units.rows.filter(
        (row) =>
          typeof row[typeColumn] === "string" &&
          (row[typeColumn] as string).normalize("NFC").toLowerCase() === label.toLowerCase()
      ).length,
    };
  };
  const sum = (plan: SheetPlan, field: string): Value => ({
    formula: `SUM(${quotedSheet(plan.id)}!${dataRange(plan, field)})`,
    result: sumOf(plan, field),
  });
  const groups = sumOf(heads, "groups");
  const now = sumOf(heads, "members_now");
  const values: Record<(typeof SUMMARY_ITEMS)[number]["id"], Value> = {
    units: {
      formula: `COUNTA(${quotedSheet("units")}!${dataRange(units, "code")})`,
      result: units.rows.length,
    },
    units_commune: countType("commune"),
    units_village: countType("village"),
    units_agency: countType("agency"),
    units_cell: countType("cell"),
    members: sum(units, "members"),
    admitted: sum(admissions, "admitted"),
    admission_target: sum(admissions, "target"),
    village_heads: sum(heads, "groups"),
    village_heads_members: sum(heads, "members_now"),
    "village-head-rate": {
      formula: `ROUND(SUM(${quotedSheet(heads.id)}!${dataRange(heads, "members_now")})/SUM(${quotedSheet(heads.id)}!${dataRange(heads, "groups")})*100,2)`,
      result: round2((now / groups) * 100),
    },
    // The workbook named for the level above (text).
    committee: data.committee,
    committee_code: data.committeeCode ?? "",
    year: String(data.year),
  };
  return {
    id,
    subtitle: `Số liệu báo cáo Ban Tổ chức Tỉnh ủy năm ${data.year}`,
    columns: [
      { header: "TT", width: 5 },
      { field: "item", header: header(id, "item"), width: 52 },
      { field: "value", header: header(id, "value"), width: 12, numFmt: "#,##0.##" },
    ],
    rows: SUMMARY_ITEMS.map((item, i) => [i + 1, item.labels.vi, values[item.id]]),
  };
}

// ——— the mistakes staff make ———

/** A copy of the data with the mistakes that change what a row holds. */
function dataWithMistakes(clean: SampleData): SampleData {
  const data: SampleData = JSON.parse(JSON.stringify(clean));
  // Kim Long typed a second time at the bottom of the list, with an NFD keyboard and a double space.
  const kimLong = data.units.find((unit) => unit.code === "X11");
  if (!kimLong) throw new Error("sample data lost Kim Long");
  data.units.push({ ...kimLong, name: "Xã  Kim Long".normalize("NFD") });
  // Hướng Đạo has 11 villages; 12 heads who are members is a slip of the finger.
  const huongDao = data.villageHeads.find((row) => row.code === "X10");
  if (!huongDao) throw new Error("sample data lost Hướng Đạo");
  huongDao.membersNow = 12;
  // The post office's admissions row was deleted while tidying the sheet.
  data.admissions = data.admissions.filter((row) => row.code !== "CB30");
  // The political centre's director has not reported yet.
  const centre = data.leaderTargets.find((row) => row.code === "CB22");
  if (!centre) throw new Error("sample data lost CB22");
  centre.actual = null;
  return data;
}

/** The mistakes that live in one cell of a data sheet (a typo, a formula, a figure typed over a formula). */
function applyCellMistakes(units: SheetPlan, admissions: SheetPlan): void {
  // The committee's figure typed into the totals row as text, with a Vietnamese thousands dot.
  if (!units.totals) throw new Error("units sheet has no totals");
  units.totals[columnIndex(units, "members")] = "6.300";
  // A unit type with a typo that is more than a missing accent.
  setCell(units, "CB27", "type", "Chi bộ trực thuột");
  // The inspectorate has no target: a rate typed without the IF guard shows #DIV/0!.
  const inspectorate = rowIndexOf(admissions, "CB10");
  admissions.rows[inspectorate][columnIndex(admissions, "attainment")] = {
    formula: `${address(admissions, "admitted", inspectorate)}/${address(admissions, "target", inspectorate)}`,
    result: { error: "#DIV/0!" },
  };
  // The admitted total typed from the published report instead of summed (a row has since been deleted);
  // the rate beside it is a formula, so Excel recomputes it from the typed figure.
  if (!admissions.totals) throw new Error("admissions sheet has no totals");
  const typedAdmitted = 185;
  admissions.totals[columnIndex(admissions, "admitted")] = typedAdmitted;
  const rate = admissions.totals[columnIndex(admissions, "attainment")] as ExcelJS.CellFormulaValue;
  admissions.totals[columnIndex(admissions, "attainment")] = {
    ...rate,
    result: typedAdmitted / sumOf(admissions, "target"),
  };
}

/** The number of villages typed over the summary's formula, and wrong. */
function applySummaryMistake(summary: SheetPlan): void {
  const label = SUMMARY_ITEMS.find((item) => item.id === "village_heads")?.labels.vi;
  const villages = summary.rows.findIndex((row) => row[columnIndex(summary, "item")] === label);
  if (villages < 0) throw new Error("summary has no village count");
  summary.rows[villages][columnIndex(summary, "value")] = 131;
}

// ——— writing ———

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF9E9E9E" } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, data: SampleData): void {
  const sheet = workbook.addWorksheet(sheetName(plan.id), {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
  });
  const lastColumn = columnLetters(plan.columns.length - 1);
  plan.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });

  sheet.getCell(`A${TITLE_ROW}`).value = `${data.committee} — ${plan.subtitle}`;
  sheet.getCell(`A${TITLE_ROW}`).font = { bold: true, size: 13 };
  sheet.mergeCells(`A${TITLE_ROW}:${lastColumn}${TITLE_ROW}`);
  sheet.getCell(`A${NOTE_ROW}`).value = data.note;
  sheet.getCell(`A${NOTE_ROW}`).font = { italic: true, color: { argb: "FF616161" } };
  sheet.mergeCells(`A${NOTE_ROW}:${lastColumn}${NOTE_ROW}`);

  const headerRow = sheet.getRow(HEADER_ROW);
  plan.columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
    cell.border = BORDERS;
  });
  headerRow.height = 32;

  const writeRow = (rowNumber: number, values: Value[], bold: boolean) => {
    const row = sheet.getRow(rowNumber);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (value !== null && value !== undefined) cell.value = value;
      const numFmt = plan.columns[i].numFmt;
      if (numFmt) cell.numFmt = numFmt;
      cell.border = BORDERS;
      if (bold) cell.font = { bold: true };
    });
  };
  plan.rows.forEach((values, i) => writeRow(FIRST_DATA_ROW + i, values, false));
  if (plan.totals) {
    const totalsRow = FIRST_DATA_ROW + plan.rows.length;
    writeRow(totalsRow, plan.totals, true);
    // "Tổng cộng" spans the row number, code and name columns, as on paper forms.
    sheet.mergeCells(`A${totalsRow}:C${totalsRow}`);
  }
}

/** The bytes of one sample; exported so that a test can prove the committed files are what this script builds. */
export async function sampleWorkbookBytes(
  data: SampleData,
  withMistakes: boolean
): Promise<Uint8Array> {
  const source = withMistakes ? dataWithMistakes(data) : data;
  const units = unitsPlan(source);
  const admissions = admissionsPlan(source);
  const villageHeads = villageHeadsPlan(source);
  if (withMistakes) applyCellMistakes(units, admissions);
  const summary = summaryPlan(source, { units, admissions, "village-heads": villageHeads });
  if (withMistakes) applySummaryMistake(summary);
  const plans: Record<SheetId, SheetPlan> = {
    units,
    admissions,
    "village-heads": villageHeads,
    "private-units": privateUnitsPlan(source),
    "leader-targets": leaderTargetsPlan(source),
    goals: goalsPlan(source),
    summary,
  };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ban Tổ chức Huyện ủy Tam Dương (số liệu minh họa)";
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const id of Object.keys(plans) as SheetId[]) writeSheet(workbook, plans[id], source);
  return deterministicZip(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** exceljs stamps every zip entry with the current time; restamp them so the file only changes when its content does. */
async function deterministicZip(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const path of Object.keys(source.files)) {
    const entry = source.files[path];
    if (entry.dir) continue;
    target.file(path, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

export const SAMPLE_FILES: ReadonlyArray<readonly [file: string, withMistakes: boolean]> = [
  ["tam-duong-2023.xlsx", false],
  ["tam-duong-2023-mistakes.xlsx", true],
];

export function readSampleData(): SampleData {
  return JSON.parse(readFileSync(join(SAMPLES, "tam-duong-2023.json"), "utf8")) as SampleData;
}

async function main(): Promise<void> {
  const data = readSampleData();
  for (const [file, withMistakes] of SAMPLE_FILES) {
    writeFileSync(join(SAMPLES, file), await sampleWorkbookBytes(data, withMistakes));
    process.stdout.write(`${join("assets", "samples", file)}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `make-samples: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
  });
}
