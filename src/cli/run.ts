import { basename } from 'node:path';
import { validateWorkbook } from '../core';
import type { Lang } from '../core/report';
import { UnreadableWorkbookError, readWorkbook, unreadableMessage } from '../xlsx';
import { painter, wantsColour } from './ansi';
import { UsageError, helpText, parseArgs, requestedLang } from './args';
import type { ValidateCommand } from './args';
import { formatText } from './format-text';
import { fileErrorMessage, oneLine } from './read-errors';

/** Exit codes of the spec: ready, has errors, cannot read the input or wrong usage. */
export const EXIT_READY = 0;
export const EXIT_HAS_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** What the command line touches of the world, injected so that tests run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly stdoutIsTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function internalErrorMessage(error: unknown, lang: Lang): string {
  return lang === 'vi'
    ? `committee-check: Lỗi ngoài dự kiến khi kiểm tra (${oneLine(error)}). Xin báo cho người phát triển kèm tệp.`
    : `committee-check: Unexpected failure while checking (${oneLine(error)}). Please report it with the file.`;
}

async function validate(command: ValidateCommand, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(command.file);
  } catch (error) {
    io.stderr(`${fileErrorMessage(command.file, error, command.lang)}\n`);
    return EXIT_UNREADABLE;
  }
  let snapshot;
  try {
    snapshot = await readWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    io.stderr(`${command.file}: ${unreadableMessage(error.reason, command.lang)}\n`);
    return EXIT_UNREADABLE;
  }
  const report = validateWorkbook(snapshot, { workbook: basename(command.file), lang: command.lang, locale: command.locale });
  if (command.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(formatText(report, command.lang, painter(wantsColour(io.stdoutIsTTY === true, io.env ?? {}))));
  }
  return report.ready ? EXIT_READY : EXIT_HAS_ERRORS;
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
    return await validate(command, io);
  } catch (error) {
    const message = error instanceof UsageError ? `committee-check: ${error.message}` : internalErrorMessage(error, lang);
    try {
      io.stderr(`${message}\n`);
    } catch {
      // Nowhere left to say it; the exit code still tells.
    }
    return EXIT_UNREADABLE;
  }
}
