/**
 * Regenerates test/fixtures/libreoffice: spec-test workbooks (real-form layouts, faults, legacy text,
 * the ward sample) written as .xlsx, then saved by LibreOffice as .xls, .ods and .xlsx
 * (`soffice --headless --convert-to …`, Debian's package). The files are committed, so tests and CI
 * do not need LibreOffice; test/spec/libreoffice.test.ts checks that each gives the same report as
 * its original. Run: npm run fixtures:libreoffice (needs /usr/bin/soffice).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TCVN3_LEGACY, TCVN3_UNICODE } from "../src/core/helpers/legacy-encoding";
import {
  fullWorkbook,
  type CommitteeWorkbook,
  type SheetId,
} from "../test/spec/support/committee-workbook";
import {
  addNumberingColumn,
  appendRow,
  cellOf,
  columnNumberRow,
  footer,
  groupRow,
  multiRowHeader,
} from "../test/spec/support/real-form";
import { wardSampleBytes } from "./make-ward-sample";

export const FIXTURES = join(__dirname, "..", "test", "fixtures", "libreoffice");
export const FORMATS = ["xls", "ods", "xlsx"] as const;
const ALL: SheetId[] = [
  "units",
  "admissions",
  "village-heads",
  "private-units",
  "leader-targets",
  "goals",
  "summary",
];

function decorated(): CommitteeWorkbook {
  const workbook = fullWorkbook();
  for (const id of ALL) {
    const sheet = workbook.sheet(id);
    sheet.insertTitleRows(["ĐẢNG BỘ PHƯỜNG KIM LONG", "BIỂU THỐNG KÊ NĂM 2026"], { merge: true });
    multiRowHeader(sheet, id === "village-heads" ? {} : { topHeading: "Số liệu" });
    addNumberingColumn(sheet);
    columnNumberRow(sheet);
    footer(sheet, 1, 3);
  }
  return workbook;
}

function withFaults(): CommitteeWorkbook {
  const workbook = decorated().without("summary");
  const units = workbook.sheet("units");
  units.set(cellOf(units, "X02", "Số đảng viên"), -3);
  const heads = workbook.sheet("village-heads");
  heads.set(cellOf(heads, "X01", "Hiện nay"), 14);
  const admissions = workbook.sheet("admissions");
  admissions.set(cellOf(admissions, "CQ1", "Đã kết nạp"), null);
  return workbook;
}

function withSubtotals(): CommitteeWorkbook {
  const workbook = fullWorkbook();
  const units = workbook.sheet("units");
  groupRow(units, "X01", { 0: "I", 1: "Đảng bộ xã, phường, đặc khu", 3: 270 });
  groupRow(units, "CQ1", { 0: "II", 1: "Đảng bộ cơ quan, chi bộ trực thuộc", 3: 106 });
  appendRow(units, { 1: "Tổng cộng", 3: 375 });
  const heads = workbook.sheet("village-heads");
  groupRow(heads, "X01", { 0: "I", 1: "Đảng bộ xã, phường, đặc khu" });
  appendRow(heads, { 0: "Cộng I", 1: 20, 2: 17, 3: 19, 4: 95 });
  return workbook;
}

function tcvn3(text: string): string {
  return [...text.normalize("NFC")]
    .map((ch) => {
      const i = TCVN3_UNICODE.indexOf(ch);
      return i >= 0 ? TCVN3_LEGACY[i] : ch;
    })
    .join("");
}

function withTcvn3(): CommitteeWorkbook {
  const workbook = fullWorkbook();
  const units = workbook.sheet("units");
  units.name = tcvn3(units.name);
  for (const row of units.rows) {
    row.forEach((cell, c) => {
      if (cell && typeof cell.value === "string")
        row[c] = { ...cell, value: tcvn3(cell.value), font: ".VnTime" };
    });
  }
  return workbook;
}

/** The originals, by file name (without extension). */
export async function originals(): Promise<Record<string, Uint8Array>> {
  return {
    "real-forms": await decorated().toBytes(),
    "real-forms-faults": await withFaults().toBytes(),
    subtotals: await withSubtotals().toBytes(),
    "tcvn3-units": await withTcvn3().toBytes(),
    "ward-sample": await wardSampleBytes(),
  };
}

async function main(): Promise<void> {
  mkdirSync(FIXTURES, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "committee-check-lo-"));
  try {
    for (const [name, bytes] of Object.entries(await originals())) {
      const source = join(work, `${name}.xlsx`);
      writeFileSync(source, bytes);
      writeFileSync(join(FIXTURES, `${name}.xlsx`), bytes);
      for (const format of FORMATS) {
        const out = join(work, format);
        mkdirSync(out, { recursive: true });
        execFileSync(
          "soffice",
          ["--headless", "--norestore", "--convert-to", format, "--outdir", out, source],
          { stdio: "ignore", timeout: 180_000 }
        );
        const produced = readdirSync(out).find((file) => file.startsWith(`${name}.`));
        if (!produced) throw new Error(`LibreOffice did not write ${name}.${format}`);
        renameSync(join(out, produced), join(FIXTURES, `${name}.libreoffice.${format}`));
        console.log(`test/fixtures/libreoffice/${name}.libreoffice.${format}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
