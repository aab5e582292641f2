/**
 * Writes a valid committee workbook of `unitCount` units with exceljs's
 * streaming writer, so that even 100,000 units never sit in memory as an
 * exceljs model. Shared strings and styles are on, as in a file saved by Excel.
 */
import ExcelJS from "exceljs";
import { UNIT_TYPE_LABEL_VI, admissionAt, rate, unitAt, villageHeadsAt } from "./committee-rows";

/** Sheet names and headers in Vietnamese, exactly as the spec gives them. */
export const UNITS_SHEET = "Tổ chức cơ sở đảng";
export const UNITS_HEADERS = ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"];
const ADMISSIONS_SHEET = "Kết nạp đảng viên";
const ADMISSIONS_HEADERS = ["Mã", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ đạt (%)"];
const VILLAGE_HEADS_SHEET = "Trưởng thôn, tổ dân phố";
const VILLAGE_HEADS_HEADERS = [
  "Mã",
  "Số thôn, tổ dân phố",
  "Là đảng viên đầu năm",
  "Là đảng viên hiện nay",
  "Tỷ lệ (%)",
];

/** A title row above the headers, merged across them, as real forms have. */
const TITLE_ROWS = 1;
/** 1-based Excel row number of the first data row. */
const FIRST_DATA_ROW = TITLE_ROWS + 2;

export interface WrittenWorkbook {
  readonly units: number;
  readonly admissions: number;
  readonly villageHeads: number;
}

function startSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  headers: string[]
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  // Merge before committing: the streaming writer cannot touch a committed row.
  const titleRow = sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, headers.length);
  titleRow.commit();
  sheet.addRow(headers).commit();
  return sheet;
}

export async function writeCommitteeWorkbook(
  filename: string,
  unitCount: number
): Promise<WrittenWorkbook> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useSharedStrings: true,
    useStyles: true,
  });
  const note = `năm 2023 — ${unitCount} đơn vị, số liệu sinh tự động để đo hiệu năng`;

  const units = startSheet(workbook, UNITS_SHEET, `Tổ chức cơ sở đảng, ${note}`, UNITS_HEADERS);
  for (let i = 0; i < unitCount; i++) {
    const unit = unitAt(i);
    units.addRow([unit.code, unit.name, UNIT_TYPE_LABEL_VI[unit.type], unit.members]).commit();
  }
  units.commit();

  const admissions = startSheet(
    workbook,
    ADMISSIONS_SHEET,
    `Kết nạp đảng viên, ${note}`,
    ADMISSIONS_HEADERS
  );
  for (let i = 0; i < unitCount; i++) {
    const row = FIRST_DATA_ROW + i;
    const admission = admissionAt(unitAt(i), i);
    const attainment =
      admission.target === 0
        ? null
        : {
            formula: `ROUND(C${row}/B${row}*100,2)`,
            result: rate(admission.admitted, admission.target),
          };
    admissions.addRow([admission.code, admission.target, admission.admitted, attainment]).commit();
  }
  admissions.commit();

  const villageHeads = startSheet(
    workbook,
    VILLAGE_HEADS_SHEET,
    `Trưởng thôn, tổ dân phố, ${note}`,
    VILLAGE_HEADS_HEADERS
  );
  let villageHeadRows = 0;
  for (let i = 0; i < unitCount; i++) {
    const heads = villageHeadsAt(unitAt(i), i);
    if (!heads) continue;
    const row = FIRST_DATA_ROW + villageHeadRows;
    villageHeads
      .addRow([
        heads.code,
        heads.groups,
        heads.membersStart,
        heads.membersNow,
        { formula: `ROUND(D${row}/B${row}*100,2)`, result: rate(heads.membersNow, heads.groups) },
      ])
      .commit();
    villageHeadRows++;
  }
  villageHeads.commit();

  await workbook.commit();
  return { units: unitCount, admissions: unitCount, villageHeads: villageHeadRows };
}
