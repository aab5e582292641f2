import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { SHEET_IDS } from "../core";
import type { Lang } from "../core";
import { painter, wantsColour } from "./ansi";
import { UsageError, helpText, parseArgs, requestedLang } from "./args";
import type { TemplateCommand, ValidateCommand } from "./args";
import { checkFile } from "./check-file";
import type { CliIo } from "./cli-io";
import { escapeControls } from "./escape";
import { formatTextLines } from "./format-text";
import { oneLine } from "./read-errors";
import { writeNewFile } from "./write-file";
import { reportJsonChunks } from "./write-json";
import { writeAll } from "./write-output";
import { fileWriteErrorMessage } from "./write-errors";

/** Exit codes of the spec: ready (or written), has errors, cannot read or write the file or wrong usage. */
export const EXIT_READY = 0;
export const EXIT_HAS_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export type { CliIo } from "./cli-io";

function internalErrorMessage(error: unknown, lang: Lang): string {
  return lang === "vi"
    ? `committee-check: Lỗi ngoài dự kiến khi kiểm tra (${oneLine(error)}). Xin báo cho người phát triển kèm tệp.`
    : `committee-check: Unexpected failure while checking (${oneLine(error)}). Please report it with the file.`;
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
}

/** One line on stderr, whatever it quotes (a file name with a newline, a sheet name with ESC): control characters shown escaped. */
function errorLine(io: CliIo, line: string): void {
  io.stderr(`${escapeControls(line)}\n`);
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function validate(command: ValidateCommand, io: CliIo): Promise<number> {
  const options = { lang: command.lang, locale: command.locale, hashAlways: command.stamp };
  if (command.files.length > 1 || (await isFolder(command.file))) {
    // Modules a single file's report never needs are loaded only when asked for (start-up time).
    const { batchExitCode, checkMany } = await import("./batch");
    const stampFile = command.stamp ? (await import("./stamp")).stampFile : undefined;
    const outcome = await checkMany(command.files, command.format, options, {
      stdout: io.stdout,
      stderr: io.stderr,
      readFile: io.readFile,
      stderrIsTTY: io.stderrIsTTY === true,
      stampFile: stampFile && ((result) => stampFile(result, command.lang)),
    });
    return batchExitCode(outcome);
  }
  const result = await checkFile(command.file, options, io.readFile);
  if (result.kind === "unreadable") {
    errorLine(io, result.message);
    return EXIT_UNREADABLE;
  }
  const { report } = result;
  if (command.format === "json") {
    await writeAll(withNewline(reportJsonChunks(report)), io.stdout, io.stdoutDrained);
  } else {
    await writeAll(
      formatTextLines(
        report,
        command.lang,
        painter(wantsColour(io.stdoutIsTTY === true, io.env ?? {}))
      ),
      io.stdout,
      io.stdoutDrained
    );
  }
  if (command.stamp) {
    const { stampFile } = await import("./stamp");
    const outcome = await stampFile(result, command.lang);
    // JSON on standard output stays exactly the report; the stamp's word goes beside it.
    if (command.format === "json") errorLine(io, outcome.message);
    else await io.stdout(`${escapeControls(outcome.message)}\n`);
    if (outcome.failed) return EXIT_UNREADABLE;
  }
  return report.ready ? EXIT_READY : EXIT_HAS_ERRORS;
}

function writtenMessage(path: string, sheets: number, lang: Lang): string {
  return lang === "vi"
    ? `Đã tạo sổ mẫu tiếng Việt (${sheets} sheet): ${path}`
    : `Wrote the standard workbook in English (${sheets} sheets) to ${path}`;
}

async function template(command: TemplateCommand, io: CliIo): Promise<number> {
  // exceljs (for writing only) is loaded when a template is asked for, so that `validate` never pays its start-up.
  const { writeTemplate } = await import("../xlsx/write-template");
  const bytes = await writeTemplate(command.lang);
  try {
    await (io.writeFile ?? writeNewFile)(command.file, bytes, { overwrite: command.force });
  } catch (error) {
    errorLine(io, fileWriteErrorMessage(command.file, error, command.lang));
    return EXIT_UNREADABLE;
  }
  io.stdout(`${writtenMessage(resolve(command.file), SHEET_IDS.length, command.lang)}\n`);
  return EXIT_READY;
}

/** `committee-check …` with argv after the program name; resolves to the exit code and never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = "vi";
  try {
    lang = requestedLang(argv);
    const command = parseArgs(argv);
    if (command.kind === "help") {
      io.stdout(helpText(command.lang));
      return EXIT_READY;
    }
    if (command.kind === "template") return await template(command, io);
    if (command.kind === "rollup") return await (await import("./rollup")).rollup(command, io);
    return await validate(command, io);
  } catch (error) {
    const message =
      error instanceof UsageError
        ? `committee-check: ${error.message}`
        : internalErrorMessage(error, lang);
    try {
      errorLine(io, message.replace(/\s*\n\s*/g, " "));
    } catch {
      // Nowhere left to say it; the exit code still tells.
    }
    return EXIT_UNREADABLE;
  }
}
