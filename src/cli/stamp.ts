/**
 * `--stamp`: writes the stamp into a workbook that is ready, and nothing else. The new package is written
 * beside the file and renamed over it, so an interrupted write never leaves half a workbook.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { makeStamp, PROGRAM_VERSION, stampRows, type Lang } from "../core";
import { writeStampSheet } from "../xlsx/write-stamp";
import type { CheckedFile } from "./check-file";
import { oneLine } from "./read-errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const WORDS = {
  vi: {
    done: (file: string) => `Đã đóng dấu “đã kiểm tra” vào ${file}.`,
    notReady: (file: string) => `Không đóng dấu ${file}: sổ tính còn lỗi cần sửa.`,
    notXlsx: (file: string) =>
      `Không đóng dấu ${file}: chỉ đóng dấu được tệp .xlsx hoặc .xlsm — hãy lưu tệp dưới dạng .xlsx rồi kiểm tra lại.`,
    failed: (file: string, why: string) =>
      `Không ghi được dấu vào ${file} (${why}); tệp không bị thay đổi.`,
  },
  en: {
    done: (file: string) => `Stamped ${file} as checked.`,
    notReady: (file: string) => `Not stamped ${file}: the workbook has errors to fix.`,
    notXlsx: (file: string) =>
      `Not stamped ${file}: only .xlsx or .xlsm files can be stamped — save it as .xlsx and check it again.`,
    failed: (file: string, why: string) =>
      `Could not write the stamp into ${file} (${why}); the file is unchanged.`,
  },
} as const;

export interface StampOutcome {
  readonly stamped: boolean;
  /** True when writing failed (exit 2). */
  readonly failed: boolean;
  readonly message: string;
}

export async function stampFile(
  result: CheckedFile,
  lang: Lang,
  now: Date = new Date()
): Promise<StampOutcome> {
  const words = WORDS[lang];
  if (!result.report.ready)
    return { stamped: false, failed: false, message: words.notReady(result.file) };
  if (!ZIP_MAGIC.every((byte, i) => result.bytes[i] === byte) || result.hash === null) {
    return { stamped: false, failed: false, message: words.notXlsx(result.file) };
  }
  const temp = `${result.file}.committee-check-${process.pid}.tmp`;
  try {
    const stamped = writeStampSheet(
      result.bytes,
      stampRows(makeStamp(result.report, result.hash, PROGRAM_VERSION, now))
    );
    await writeFile(temp, stamped, { flag: "wx" });
    await rename(temp, result.file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    return { stamped: false, failed: true, message: words.failed(result.file, oneLine(error)) };
  }
  return { stamped: true, failed: false, message: words.done(result.file) };
}
