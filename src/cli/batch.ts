/**
 * `committee-check validate <file|folder>...` with more than one workbook: one line per file, then the
 * totals; JSON as the spec's `{ files, counts }`. Files are checked one at a time and each result is
 * printed as soon as it is known, so memory stays flat however many files there are.
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { formatNumber, normaliseKey, severityLabel, type Finding, type Lang } from "../core";
import { checkFile, type CheckOptions, type CheckedFile, type UnreadableFile } from "./check-file";
import { escapeControls, escapeJsonControls } from "./escape";
import { stampWords } from "./stamp-words";
import type { StampOutcome } from "./stamp";
import { fileErrorMessage } from "./read-errors";

/** The extensions a folder is searched for (case-insensitive); Excel's lock files (`~$…`) are skipped. */
const WORKBOOK_FILE = /\.(xlsx|xlsm|xls|ods)$/i;

export interface BatchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly stderrIsTTY?: boolean;
  /** With --stamp: stamps a checked file (when ready) and says what it did. */
  readonly stampFile?: (result: CheckedFile) => Promise<StampOutcome>;
}

export interface ListedFiles {
  readonly files: string[];
  readonly missing: UnreadableFile[];
}

async function walk(folder: string, into: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile() && WORKBOOK_FILE.test(entry.name) && !entry.name.startsWith("~$"))
      into.push(path);
  }
}

/** Files as given, folders searched recursively (in name order); a path that cannot be opened is listed with its reason. */
export async function listWorkbooks(paths: readonly string[], lang: Lang): Promise<ListedFiles> {
  const files: string[] = [];
  const missing: UnreadableFile[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) await walk(path, files);
      else files.push(path);
    } catch (error) {
      missing.push({
        kind: "unreadable",
        file: path,
        message: fileErrorMessage(path, error, lang),
      });
    }
  }
  return { files: [...new Set(files)], missing };
}

const WORDS = {
  vi: {
    ready: "SẴN SÀNG",
    errors: "CÓ LỖI",
    unreadable: "KHÔNG ĐỌC ĐƯỢC",
    total: (files: number, ready: number, errors: number, unreadable: number) =>
      `Tổng cộng ${files} tệp: ${ready} sẵn sàng nộp, ${errors} có lỗi, ${unreadable} không đọc được.`,
    same: (a: string, b: string, why: string) => `Trùng đảng bộ: ${a} và ${b} (${why}).`,
    sameCode: (code: string) => `cùng mã ${code}`,
    sameUnits: "cùng danh sách tổ chức cơ sở đảng",
    progress: "Đang kiểm tra",
  },
  en: {
    ready: "READY",
    errors: "ERRORS",
    unreadable: "UNREADABLE",
    total: (files: number, ready: number, errors: number, unreadable: number) =>
      `${files} files in all: ${ready} ready to submit, ${errors} with errors, ${unreadable} unreadable.`,
    same: (a: string, b: string, why: string) => `Same committee: ${a} and ${b} (${why}).`,
    sameCode: (code: string) => `same code ${code}`,
    sameUnits: "same list of units",
    progress: "Checking",
  },
} as const;

function countsText(counts: CheckedFile["report"]["counts"], lang: Lang): string {
  return (["error", "warning", "shortfall"] as const)
    .map(
      (severity) =>
        `${formatNumber(counts[severity], lang)} ${severityLabel(severity, lang, counts[severity]).toLocaleLowerCase(lang)}`
    )
    .join(", ");
}

function worst(findings: ReadonlyArray<Finding>): Finding | undefined {
  return (
    findings.find((f) => f.severity === "error") ??
    findings.find((f) => f.severity === "warning") ??
    findings[0]
  );
}

/** One line for a checked file: verdict, counts, stamp, the worst finding. */
export function fileLine(result: CheckedFile, shownAs: string, lang: Lang): string {
  const words = WORDS[lang];
  const verdict = result.report.ready ? words.ready : words.errors;
  const top = worst(result.report.findings);
  const where = top ? `${top.sheet}${top.cell ? `!${top.cell}` : ""}` : "";
  const parts = [
    `${verdict}  ${shownAs}`,
    countsText(result.report.counts, lang),
    stampWords(result.stamp, lang),
  ];
  if (top) parts.push(`${where}: ${top.message}`);
  return escapeControls(parts.join(" · "));
}

/** What makes two workbooks the same committee: the same committee code, or the same set of unit codes. */
interface Seen {
  readonly byCode: Map<string, string>;
  readonly byUnits: Map<string, string>;
}

function sameCommittee(
  result: CheckedFile,
  shownAs: string,
  seen: Seen,
  lang: Lang
): string | null {
  const words = WORDS[lang];
  const code = result.committee.code === null ? null : normaliseKey(result.committee.code);
  if (code !== null) {
    const first = seen.byCode.get(code);
    if (first !== undefined)
      return words.same(first, shownAs, words.sameCode(result.committee.code ?? ""));
    seen.byCode.set(code, shownAs);
  }
  const units = result.unitKeys === "" ? null : result.unitKeys;
  if (units !== null) {
    const first = seen.byUnits.get(units);
    if (first !== undefined && code === null) return words.same(first, shownAs, words.sameUnits);
    if (first === undefined) seen.byUnits.set(units, shownAs);
  }
  return null;
}

export interface BatchOutcome {
  readonly files: number;
  readonly ready: number;
  readonly withErrors: number;
  readonly unreadable: number;
}

/** Exit code of the spec: 2 when any file cannot be read, else 1 when any has errors, else 0. */
export function batchExitCode(outcome: BatchOutcome): number {
  if (outcome.unreadable > 0) return 2;
  return outcome.withErrors > 0 ? 1 : 0;
}

/** Checks every workbook under `paths`; prints as it goes; resolves to the totals. */
export async function checkMany(
  paths: readonly string[],
  format: "text" | "json",
  options: CheckOptions,
  io: BatchIo
): Promise<BatchOutcome> {
  const { lang } = options;
  const listed = await listWorkbooks(paths, lang);
  const total = listed.files.length + listed.missing.length;
  const seen: Seen = { byCode: new Map(), byUnits: new Map() };
  const duplicates: string[] = [];
  const counts = {
    files: total,
    ready: 0,
    withErrors: 0,
    unreadable: 0,
    error: 0,
    warning: 0,
    shortfall: 0,
  };
  // cli-progress is loaded only for a terminal: piped runs never pay for requiring it.
  const bar = io.stderrIsTTY
    ? new (await import("cli-progress")).SingleBar({
        format: `${WORDS[lang].progress} [{bar}] {value}/{total} {file}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      })
    : null;
  bar?.start(total, 0, { file: "" });
  let done = 0;
  // A line printed under a live bar would be torn by its next redraw: clear the bar, print, draw it again.
  const say = (write: (text: string) => void, text: string) => {
    bar?.stop();
    write(text);
    bar?.start(total, done, { file: "" });
  };
  let first = true;
  if (format === "json") io.stdout('{"files":[');
  const emitJson = (entry: object) => {
    io.stdout(`${first ? "" : ","}\n${escapeJsonControls(JSON.stringify(entry))}`);
    first = false;
  };
  const base = process.cwd();
  const shown = (file: string) => {
    const rel = relative(base, file);
    return rel && !rel.startsWith("..") ? rel : file;
  };
  const unreadable = (item: UnreadableFile) => {
    counts.unreadable++;
    if (format === "json") emitJson({ file: item.file, ready: false, error: item.message });
    else say(io.stdout, `${escapeControls(`${WORDS[lang].unreadable}  ${item.message}`)}\n`);
  };
  for (const item of listed.missing) unreadable(item);
  done = listed.missing.length;
  for (const file of listed.files) {
    bar?.update(done, { file: escapeControls(shown(file)).slice(-40) });
    const result = await checkFile(file, options, io.readFile);
    done++;
    if (result.kind === "unreadable") {
      unreadable(result);
      continue;
    }
    if (result.report.ready) counts.ready++;
    else counts.withErrors++;
    counts.error += result.report.counts.error;
    counts.warning += result.report.counts.warning;
    counts.shortfall += result.report.counts.shortfall;
    const stamped = io.stampFile ? await io.stampFile(result) : null;
    if (stamped?.failed) counts.unreadable++;
    const same = sameCommittee(result, shown(file), seen, lang);
    if (same !== null) duplicates.push(same);
    if (format === "json") {
      emitJson({
        file: result.file,
        ready: result.report.ready,
        counts: result.report.counts,
        stamp: stamped?.stamped ? "unchanged" : result.stamp,
        committee: result.committee,
        report: result.report,
      });
      if (stamped) say(io.stderr, `${escapeControls(stamped.message)}\n`);
    } else {
      say(
        io.stdout,
        `${fileLine(result, shown(file), lang)}\n${stamped ? `  ${escapeControls(stamped.message)}\n` : ""}`
      );
    }
  }
  bar?.update(done, { file: "" });
  bar?.stop();
  const outcome: BatchOutcome = {
    files: total,
    ready: counts.ready,
    withErrors: counts.withErrors,
    unreadable: counts.unreadable,
  };
  if (format === "json") {
    io.stdout(
      `\n],"counts":${JSON.stringify(counts)},"duplicates":${JSON.stringify(duplicates)}}\n`
    );
  } else {
    for (const line of duplicates) io.stdout(`${escapeControls(line)}\n`);
    io.stdout(`${WORDS[lang].total(total, counts.ready, counts.withErrors, counts.unreadable)}\n`);
  }
  return outcome;
}
