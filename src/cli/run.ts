import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { SHEET_IDS, validateWorkbook } from '../core';
import type { Lang } from '../core/report';
import { UnreadableWorkbookError, readWorkbook, unreadableMessage } from '../xlsx';
import { painter, wantsColour } from './ansi';
import { UsageError, helpText, parseArgs, requestedLang } from './args';
import type { TemplateCommand, ValidateCommand } from './args';
import { escapeControls } from './escape';
import { formatTextLines } from './format-text';
import { reportJsonChunks } from './write-json';
import { fileErrorMessage, oneLine } from './read-errors';
import { fileWriteErrorMessage } from './write-errors';

/** Exit codes of the spec: ready (or written), has errors, cannot read or write the file or wrong usage. */
export const EXIT_READY = 0;
export const EXIT_HAS_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** What the command line touches of the world, injected so that tests run it in-process. */
export interface CliIo {
  /** May return a promise when the stream is full (a pipe): the next piece waits for it, so memory stays bounded. */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a new file; without `overwrite` it must fail with EEXIST when the file exists. Default: the file system. */
  readonly writeFile?: (path: string, bytes: Uint8Array, options: { readonly overwrite: boolean }) => Promise<void>;
  readonly stdoutIsTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function internalErrorMessage(error: unknown, lang: Lang): string {
  return lang === 'vi'
    ? `committee-check: Lỗi ngoài dự kiến khi kiểm tra (${oneLine(error)}). Xin báo cho người phát triển kèm tệp.`
    : `committee-check: Unexpected failure while checking (${oneLine(error)}). Please report it with the file.`;
}

/** Pieces gathered up to this many characters before one write: few writes, bounded memory. */
const OUTPUT_BATCH = 64 * 1024;

async function writeAll(pieces: Iterable<string>, write: CliIo['stdout']): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= OUTPUT_BATCH) {
      const pending = write(batch);
      batch = '';
      if (pending) await pending;
    }
  }
  if (batch) await write(batch);
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/** One line on stderr, whatever it quotes (a file name with a newline, a sheet name with ESC): control characters shown escaped. */
function errorLine(io: CliIo, line: string): void {
  io.stderr(`${escapeControls(line)}\n`);
}

async function validate(command: ValidateCommand, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(command.file);
  } catch (error) {
    errorLine(io, fileErrorMessage(command.file, error, command.lang));
    return EXIT_UNREADABLE;
  }
  let snapshot;
  try {
    snapshot = await readWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    errorLine(io, `${command.file}: ${unreadableMessage(error.reason, command.lang, error.detail)}`);
    return EXIT_UNREADABLE;
  }
  const report = validateWorkbook(snapshot, { workbook: basename(command.file), lang: command.lang, locale: command.locale });
  if (command.format === 'json') {
    await writeAll(withNewline(reportJsonChunks(report)), io.stdout);
  } else {
    await writeAll(formatTextLines(report, command.lang, painter(wantsColour(io.stdoutIsTTY === true, io.env ?? {}))), io.stdout);
  }
  return report.ready ? EXIT_READY : EXIT_HAS_ERRORS;
}

function writeNewFile(path: string, bytes: Uint8Array, options: { readonly overwrite: boolean }): Promise<void> {
  // 'wx' creates the file or fails with EEXIST: no moment where an existing file could be replaced.
  return writeFile(path, bytes, { flag: options.overwrite ? 'w' : 'wx' });
}

function writtenMessage(path: string, sheets: number, lang: Lang): string {
  return lang === 'vi'
    ? `Đã tạo sổ mẫu tiếng Việt (${sheets} sheet): ${path}`
    : `Wrote the standard workbook in English (${sheets} sheets) to ${path}`;
}

async function template(command: TemplateCommand, io: CliIo): Promise<number> {
  // exceljs (for writing only) is loaded when a template is asked for, so that `validate` never pays its start-up.
  const { writeTemplate } = await import('../xlsx/write-template');
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
  let lang: Lang = 'vi';
  try {
    lang = requestedLang(argv);
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout(helpText(command.lang));
      return EXIT_READY;
    }
    return command.kind === 'template' ? await template(command, io) : await validate(command, io);
  } catch (error) {
    const message = error instanceof UsageError ? `committee-check: ${error.message}` : internalErrorMessage(error, lang);
    try {
      errorLine(io, message.replace(/\s*\n\s*/g, ' '));
    } catch {
      // Nowhere left to say it; the exit code still tells.
    }
    return EXIT_UNREADABLE;
  }
}
