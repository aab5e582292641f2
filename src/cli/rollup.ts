/**
 * `committee-check rollup <file|folder>... --out <file.xlsx>`: the workbooks of the committees below
 * added up into one workbook of the same form for the level above, written, then checked like any other.
 *
 * Exit: 0 when the roll-up is ready and every input went into it; 1 when the roll-up has errors or an
 * input was left out (errors, unreadable, a second workbook of the same committee); 2 when nothing
 * could be rolled up, the goals workbook has no goal, or the roll-up cannot be written.
 */
import { basename, resolve } from "node:path";
import {
  unitBarChart,
  planRollup,
  rollupSheets,
  validateWorkbook,
  type Lang,
  type RollupInput,
  type ScopedGoal,
} from "../core";
import { readWorkbook } from "../xlsx";
import { painter, wantsColour } from "./ansi";
import type { RollupCommand } from "./args";
import { listWorkbooks } from "./batch";
import { checkFile } from "./check-file";
import { nodeInflate } from "./native-inflate";
import { escapeControls } from "./escape";
import { stampWords } from "./stamp-words";
import { formatText } from "./format-text";
import type { CliIo } from "./cli-io";
import { writeNewFile } from "./write-file";
import { fileWriteErrorMessage } from "./write-errors";

const WORDS = {
  vi: {
    included: "ĐÃ TỔNG HỢP",
    "has-errors": "BỎ RA (còn lỗi)",
    unreadable: "BỎ RA (không đọc được)",
    duplicate: "BỎ RA (trùng cấp ủy)",
    sameAs: (file: string) => `cùng cấp ủy với ${file}`,
    nothing:
      "Không có sổ nào đủ điều kiện để tổng hợp (mọi tệp đều còn lỗi, không đọc được hoặc bị trùng).",
    noGoals: (file: string) => `${file}: Sổ này không có mục tiêu dùng được trong sheet Mục tiêu.`,
    wrote: (n: number, total: number, out: string) => `Đã tổng hợp ${n}/${total} sổ vào ${out}.`,
  },
  en: {
    included: "INCLUDED",
    "has-errors": "LEFT OUT (has errors)",
    unreadable: "LEFT OUT (unreadable)",
    duplicate: "LEFT OUT (same committee)",
    sameAs: (file: string) => `same committee as ${file}`,
    nothing:
      "No workbook can be rolled up (every file has errors, cannot be read or is a duplicate).",
    noGoals: (file: string) => `${file}: This workbook has no usable goal in a Goals sheet.`,
    wrote: (n: number, total: number, out: string) =>
      `Rolled up ${n} of ${total} workbooks into ${out}.`,
  },
} as const;

async function levelAboveGoals(
  file: string,
  command: RollupCommand,
  io: CliIo
): Promise<ReadonlyArray<ScopedGoal> | string> {
  const checked = await checkFile(
    file,
    { lang: command.lang, locale: command.locale },
    io.readFile
  );
  if (checked.kind === "unreadable") return checked.message;
  return checked.goals.length > 0 ? checked.goals : WORDS[command.lang].noGoals(file);
}

function inputLine(line: ReturnType<typeof planRollup>["inputs"][number], lang: Lang): string {
  const words = WORDS[lang];
  const parts = [`${words[line.verdict]}  ${line.file}`];
  if (line.verdict !== "unreadable") parts.push(`${line.code} ${line.name}`);
  if (line.stamp !== null) parts.push(stampWords(line.stamp, lang));
  if (line.sameAs !== undefined) parts.push(words.sameAs(line.sameAs));
  if (line.message !== undefined) parts.push(line.message);
  return escapeControls(parts.join(" · "));
}

export async function rollup(command: RollupCommand, io: CliIo): Promise<number> {
  const words = WORDS[command.lang];
  let goals: ReadonlyArray<ScopedGoal> = [];
  if (command.goals !== undefined) {
    const read = await levelAboveGoals(command.goals, command, io);
    if (typeof read === "string") {
      io.stderr(`${escapeControls(read)}\n`);
      return 2;
    }
    goals = read;
  }
  const listed = await listWorkbooks(command.inputs, command.lang);
  const inputs: RollupInput[] = listed.missing.map((item) => ({
    kind: "unreadable",
    file: item.file,
    message: item.message,
  }));
  const outPath = resolve(command.out);
  for (const file of listed.files) {
    // The roll-up being rewritten is no input of its own.
    if (resolve(file) === outPath) continue;
    const checked = await checkFile(
      file,
      { lang: command.lang, locale: command.locale },
      io.readFile
    );
    inputs.push(
      checked.kind === "unreadable"
        ? { kind: "unreadable", file, message: checked.message }
        : {
            kind: "checked",
            file,
            ready: checked.report.ready,
            counts: checked.report.counts,
            stamp: checked.stamp,
            identity: checked.committee,
            totals: checked.totals,
            unitKeys: checked.unitKeys,
          }
    );
  }
  const plan = planRollup(inputs);
  for (const line of plan.inputs) io.stdout(`${inputLine(line, command.lang)}\n`);
  if (plan.units.length === 0) {
    io.stderr(`${words.nothing}\n`);
    return 2;
  }
  // exceljs (for writing only) is loaded when a roll-up is written, so that `validate` never pays its start-up.
  const { writeRollup } = await import("../xlsx/write-rollup");
  const book = {
    lang: command.lang,
    sheets: rollupSheets(plan, command.lang),
    goals,
    inputs: plan.inputs,
  };
  // Checked once without the picture sheet, whose bars come from that check; the picture is no form sheet.
  const report = validateWorkbook(
    await readWorkbook(await writeRollup(book), { native: nodeInflate }),
    {
      workbook: basename(command.out),
      lang: command.lang,
      locale: command.locale,
    }
  );
  const names = new Map(plan.units.map((unit) => [unit.code, unit.name]));
  const charts = (["village-head-rate", "admission-attainment"] as const)
    .map((id) => unitBarChart(id, report.indicators))
    .filter((chart) => chart !== null);
  const bytes = await writeRollup({ ...book, charts: { charts, names } });
  try {
    await (io.writeFile ?? writeNewFile)(command.out, bytes, { overwrite: command.force });
  } catch (error) {
    io.stderr(`${fileWriteErrorMessage(command.out, error, command.lang)}\n`);
    return 2;
  }
  io.stdout(`${escapeControls(words.wrote(plan.units.length, plan.inputs.length, outPath))}\n\n`);
  io.stdout(
    formatText(report, command.lang, painter(wantsColour(io.stdoutIsTTY === true, io.env ?? {})))
  );
  const leftOut = plan.inputs.some((line) => line.verdict !== "included");
  return report.ready && !leftOut ? 0 : 1;
}
