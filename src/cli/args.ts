import { parseArgs as nodeParseArgs } from "node:util";
import type { Lang, Locale } from "../core";

export type OutputFormat = "text" | "json";

export interface ValidateCommand {
  readonly kind: "validate";
  /** The first workbook named; `files` has all of them (files or folders). */
  readonly file: string;
  readonly files: readonly string[];
  /** Write the stamp into each workbook that is ready. */
  readonly stamp: boolean;
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly locale: Locale;
}

/** `template <out.xlsx>`: writes the standard workbook; an existing file is only replaced with --force. */
export interface TemplateCommand {
  readonly kind: "template";
  readonly file: string;
  readonly lang: Lang;
  readonly force: boolean;
}

export interface HelpCommand {
  readonly kind: "help";
  readonly lang: Lang;
}

/** `rollup <file|folder>... --out <file.xlsx>`: the level above's workbook from the committees' workbooks. */
export interface RollupCommand {
  readonly kind: "rollup";
  readonly inputs: readonly string[];
  readonly out: string;
  /** A workbook whose goals sheet holds the level above's goals; absent: the defaults. */
  readonly goals: string | undefined;
  readonly lang: Lang;
  readonly locale: Locale;
  readonly force: boolean;
}

export type Command = ValidateCommand | TemplateCommand | RollupCommand | HelpCommand;

/** Bad usage: the message is one line in the language the user asked for (or Vietnamese). */
export class UsageError extends Error {
  readonly lang: Lang;

  constructor(message: string, lang: Lang) {
    super(message);
    this.name = "UsageError";
    this.lang = lang;
  }
}

const USAGE_LINE =
  "committee-check validate <workbook|folder>... [--format text|json] [--lang vi|en] [--locale vi-VN|en-US] [--stamp]";
const USAGE_LINE_VI =
  "committee-check validate <tệp|thư-mục>... [--format text|json] [--lang vi|en] [--locale vi-VN|en-US] [--stamp]";
const TEMPLATE_USAGE_LINE = "committee-check template <out.xlsx> [--lang vi|en] [--force]";
const TEMPLATE_USAGE_LINE_VI = "committee-check template <tệp-mới.xlsx> [--lang vi|en] [--force]";
const ROLLUP_USAGE_LINE =
  "committee-check rollup <workbook|folder>... --out <level-above.xlsx> [--goals goals.xlsx] [--lang vi|en] [--force]";
const ROLLUP_USAGE_LINE_VI =
  "committee-check rollup <tệp|thư-mục>... --out <tệp-tổng-hợp.xlsx> [--goals mục-tiêu.xlsx] [--lang vi|en] [--force]";

const CHOICES = {
  "--format": ["text", "json"],
  "--lang": ["vi", "en"],
  "--locale": ["vi-VN", "en-US"],
} as const;
type OptionName = keyof typeof CHOICES;

/** Options whose value is any text (a file name). */
const FREE = ["--out", "--goals"] as const;
type FreeName = (typeof FREE)[number];

/** Options without a value. */
const FLAGS = ["--force", "--stamp"] as const;
type FlagName = (typeof FLAGS)[number];

/** The options each command takes (--lang and --help go with every command). */
const COMMAND_OPTIONS: Readonly<
  Record<"validate" | "template" | "rollup", ReadonlyArray<OptionName | FlagName | FreeName>>
> = {
  validate: ["--format", "--lang", "--locale", "--stamp"],
  template: ["--lang", "--force"],
  rollup: ["--out", "--goals", "--lang", "--locale", "--force"],
};

function isFreeName(name: string): name is FreeName {
  return (FREE as ReadonlyArray<string>).includes(name);
}

function isFlagName(name: string): name is FlagName {
  return (FLAGS as ReadonlyArray<string>).includes(name);
}

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(CHOICES, name);
}

const usageErrors = {
  noCommand: {
    vi: () => `Thiếu lệnh. Cách dùng: ${USAGE_LINE_VI}`,
    en: () => `No command given. Usage: ${USAGE_LINE}`,
  },
  unknownCommand: {
    vi: (word: string) =>
      `Không có lệnh "${word}". Cách dùng: ${USAGE_LINE_VI} hoặc ${TEMPLATE_USAGE_LINE_VI}`,
    en: (word: string) =>
      `Unknown command "${word}". Usage: ${USAGE_LINE} or ${TEMPLATE_USAGE_LINE}`,
  },
  noTemplateFile: {
    vi: () => `Thiếu tên tệp cần tạo. Cách dùng: ${TEMPLATE_USAGE_LINE_VI}`,
    en: () => `No file name given for the new workbook. Usage: ${TEMPLATE_USAGE_LINE}`,
  },
  notXlsx: {
    vi: (word: string) => `Tên tệp "${word}" phải có đuôi .xlsx để Excel mở được.`,
    en: (word: string) => `The file name "${word}" must end in .xlsx for Excel to open it.`,
  },
  noRollupInput: {
    vi: () => `Thiếu tệp hoặc thư mục cần tổng hợp. Cách dùng: ${ROLLUP_USAGE_LINE_VI}`,
    en: () => `No workbook or folder to roll up. Usage: ${ROLLUP_USAGE_LINE}`,
  },
  noRollupOut: {
    vi: () => `Thiếu --out: tên tệp tổng hợp cần tạo. Cách dùng: ${ROLLUP_USAGE_LINE_VI}`,
    en: () => `No --out: the name of the roll-up workbook to write. Usage: ${ROLLUP_USAGE_LINE}`,
  },
  extraTemplateFile: {
    vi: (word: string) => `Thừa đối số "${word}": mỗi lần tạo một tệp.`,
    en: (word: string) => `Unexpected argument "${word}": write one workbook at a time.`,
  },
  flagWithValue: {
    vi: (name: string) => `Tuỳ chọn ${name} không nhận giá trị: chỉ cần gõ ${name}.`,
    en: (name: string) => `Option ${name} takes no value: just type ${name}.`,
  },
  notForCommand: {
    vi: (name: string, command: string) => `Tuỳ chọn ${name} không dùng với lệnh ${command}.`,
    en: (name: string, command: string) =>
      `Option ${name} does not apply to the ${command} command.`,
  },
  noFile: {
    vi: () => `Thiếu tệp cần kiểm tra. Cách dùng: ${USAGE_LINE_VI}`,
    en: () => `No workbook given. Usage: ${USAGE_LINE}`,
  },
  unknownOption: {
    vi: (word: string) =>
      `Không có tuỳ chọn "${word}". Các tuỳ chọn: --format text|json, --lang vi|en, --locale vi-VN|en-US, --force, --help.`,
    en: (word: string) =>
      `Unknown option "${word}". Options: --format text|json, --lang vi|en, --locale vi-VN|en-US, --force, --help.`,
  },
  missingValue: {
    vi: (name: OptionName) => `Tuỳ chọn ${name} cần một giá trị: ${CHOICES[name].join(" hoặc ")}.`,
    en: (name: OptionName) => `Option ${name} needs a value: ${CHOICES[name].join(" or ")}.`,
  },
  missingFile: {
    vi: (name: FreeName) => `Tuỳ chọn ${name} cần một tên tệp.`,
    en: (name: FreeName) => `Option ${name} needs a file name.`,
  },
  badValue: {
    vi: (name: OptionName, value: string) =>
      `Giá trị "${value}" không hợp lệ cho ${name}: hãy chọn ${CHOICES[name].join(" hoặc ")}.`,
    en: (name: OptionName, value: string) =>
      `"${value}" is not a valid value for ${name}: choose ${CHOICES[name].join(" or ")}.`,
  },
};

const HELP: Record<Lang, string> = {
  vi: [
    "committee-check — kiểm tra sổ số liệu của cấp ủy trước khi gửi lên cấp trên",
    "",
    "Cách dùng:",
    `  ${USAGE_LINE_VI}`,
    `  ${TEMPLATE_USAGE_LINE_VI}`,
    `  ${ROLLUP_USAGE_LINE_VI}`,
    "",
    "Lệnh:",
    "  validate              kiểm tra một sổ và in báo cáo; nhiều tệp hoặc thư mục: mỗi tệp một dòng, rồi tổng cộng",
    "  rollup                tổng hợp sổ của các cấp ủy trực thuộc thành một sổ cùng biểu mẫu cho cấp trên, rồi kiểm tra sổ đó",
    "  template              tạo sổ mẫu chuẩn: các sheet, tiêu đề cột, danh sách chọn, công thức tính tỷ lệ và tổng hợp",
    "",
    "Tuỳ chọn:",
    "  --format text|json    text: báo cáo để đọc (mặc định); json: báo cáo dạng JSON cho chương trình khác",
    "  --lang vi|en          ngôn ngữ của thông báo, và của sổ mẫu (mặc định vi)",
    '  --locale vi-VN|en-US  cách đọc số gõ dạng chữ; vi-VN: "6.300" là sáu nghìn ba trăm, "93,08" là 93,08 (mặc định vi-VN)',
    "  --stamp               (validate) đóng dấu “đã kiểm tra” vào sổ sẵn sàng nộp (.xlsx), không đổi gì khác trong tệp",
    "  --out tệp.xlsx        (rollup) tệp tổng hợp cần tạo",
    "  --goals tệp.xlsx      (rollup) sổ có sheet Mục tiêu của cấp trên; không có thì dùng mục tiêu mặc định",
    "  --force               (template, rollup) ghi đè tệp đã có; không có tuỳ chọn này thì không ghi đè",
    "  -h, --help            hiện hướng dẫn này",
    "",
    "Mã thoát: 0 sẵn sàng nộp (validate) hoặc đã tạo tệp (template); 1 có lỗi cần sửa; 2 không đọc hoặc không ghi được tệp, hoặc gõ lệnh sai.",
    "",
  ].join("\n"),
  en: [
    "committee-check — checks a party committee's workbook before it goes to the level above",
    "",
    "Usage:",
    `  ${USAGE_LINE}`,
    `  ${TEMPLATE_USAGE_LINE}`,
    `  ${ROLLUP_USAGE_LINE}`,
    "",
    "Commands:",
    "  validate              check a workbook and print the report; many files or folders: one line each, then the totals",
    "  rollup                add the workbooks of the committees below into one workbook of the same form, then check it",
    "  template              write the standard workbook: the sheets, headers, dropdowns, rate and summary formulas",
    "",
    "Options:",
    "  --format text|json    text: a report for people (default); json: the report as JSON for other programs",
    "  --lang vi|en          language of the messages, and of the standard workbook (default vi)",
    '  --locale vi-VN|en-US  how numbers typed as text are read; vi-VN: "6.300" is six thousand three hundred, "93,08" is 93.08 (default vi-VN)',
    "  --stamp               (validate) stamp each ready workbook (.xlsx) as checked, changing nothing else in it",
    "  --out file.xlsx       (rollup) the roll-up workbook to write",
    "  --goals file.xlsx     (rollup) a workbook whose Goals sheet holds the level above's goals; without it, the defaults",
    "  --force               (template, rollup) replace a file that exists; without it an existing file is left alone",
    "  -h, --help            show this help",
    "",
    "Exit codes: 0 ready to submit (validate) or written (template); 1 the workbook has errors; 2 the file cannot be read or written, or the command is wrong.",
    "",
  ].join("\n"),
};

export function helpText(lang: Lang): string {
  return HELP[lang];
}

function canonicalChoice(name: OptionName, value: string): string | undefined {
  return CHOICES[name].find((choice) => choice.toLowerCase() === value.toLowerCase());
}

/** The language the user asked for, looked up before parsing so that even a usage error speaks it. */
export function requestedLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    const value =
      arg === "--lang"
        ? argv[i + 1]
        : arg.startsWith("--lang=")
          ? arg.slice("--lang=".length)
          : undefined;
    if (value !== undefined && canonicalChoice("--lang", value) === "en") return "en";
  }
  return "vi";
}

/** Node's parser reads the options; the checks that follow are ours, so that every message stays one line in the user's language. */
const NODE_OPTIONS = {
  format: { type: "string" },
  lang: { type: "string" },
  locale: { type: "string" },
  out: { type: "string" },
  goals: { type: "string" },
  force: { type: "boolean" },
  stamp: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

interface ReadOptions {
  readonly values: Record<OptionName, string | undefined>;
  readonly free: Record<FreeName, string | undefined>;
  readonly positionals: string[];
  readonly given: Array<OptionName | FlagName | FreeName>;
  readonly force: boolean;
  readonly stamp: boolean;
  readonly help: boolean;
}

/** The options and positionals of argv, by `util.parseArgs`; fails on the first option that is wrong, in argv order. */
function readOptions(
  argv: readonly string[],
  lang: Lang,
  fail: (message: string) => never
): ReadOptions {
  const { tokens } = nodeParseArgs({
    args: [...argv],
    options: NODE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<OptionName, string | undefined> = {
    "--format": undefined,
    "--lang": undefined,
    "--locale": undefined,
  };
  const positionals: string[] = [];
  const given: Array<OptionName | FlagName | FreeName> = [];
  const free: Record<FreeName, string | undefined> = { "--out": undefined, "--goals": undefined };
  let force = false;
  let stamp = false;
  let help = false;
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const raw = argv[token.index];
    if (raw === "-h" || raw === "--help") {
      help = true;
      continue;
    }
    // The option as typed, without its value; single-dash words other than -h (a group such as -hx too) are no option of ours.
    const name = raw.split("=")[0];
    if (isFlagName(name)) {
      if (token.inlineValue) return fail(usageErrors.flagWithValue[lang](name));
      if (name === "--stamp") stamp = true;
      else force = true;
      given.push(name);
      continue;
    }
    if (isFreeName(name)) {
      given.push(name);
      const value = !token.inlineValue && token.value?.startsWith("--") ? undefined : token.value;
      if (value === undefined || value === "") return fail(usageErrors.missingFile[lang](name));
      free[name] = value;
      continue;
    }
    if (!isOptionName(name)) return fail(usageErrors.unknownOption[lang](name));
    given.push(name);
    // A word after the option that is itself an option (`--format --lang en`) is no value.
    const value = !token.inlineValue && token.value?.startsWith("--") ? undefined : token.value;
    if (value === undefined || value === "") return fail(usageErrors.missingValue[lang](name));
    const choice = canonicalChoice(name, value);
    if (choice === undefined) return fail(usageErrors.badValue[lang](name, value));
    values[name] = choice;
  }
  return { values, free, positionals, given, force, stamp, help };
}

/** Parses the words after `committee-check`; throws UsageError with one line in the user's language. */
export function parseArgs(argv: readonly string[]): Command {
  const lang = requestedLang(argv);
  const fail = (message: string): never => {
    throw new UsageError(message, lang);
  };
  const { values, free, positionals, given, force, stamp, help } = readOptions(argv, lang, fail);
  if (help) return { kind: "help", lang };
  const [command, file, extra] = positionals;
  if (command === undefined) return fail(usageErrors.noCommand[lang]());
  if (command !== "validate" && command !== "template" && command !== "rollup")
    return fail(usageErrors.unknownCommand[lang](command));
  const stray = given.find((name) => !COMMAND_OPTIONS[command].includes(name));
  if (stray !== undefined) return fail(usageErrors.notForCommand[lang](stray, command));
  if (command === "rollup") {
    if (file === undefined) return fail(usageErrors.noRollupInput[lang]());
    const out = free["--out"];
    if (out === undefined) return fail(usageErrors.noRollupOut[lang]());
    if (!/\.xlsx$/i.test(out)) return fail(usageErrors.notXlsx[lang](out));
    return {
      kind: "rollup",
      inputs: positionals.slice(1),
      out,
      goals: free["--goals"],
      lang,
      locale: (values["--locale"] ?? "vi-VN") as Locale,
      force,
    };
  }
  if (command === "template") {
    if (file === undefined) return fail(usageErrors.noTemplateFile[lang]());
    if (extra !== undefined) return fail(usageErrors.extraTemplateFile[lang](extra));
    if (!/\.xlsx$/i.test(file)) return fail(usageErrors.notXlsx[lang](file));
    return { kind: "template", file, lang, force };
  }
  if (file === undefined) return fail(usageErrors.noFile[lang]());
  return {
    kind: "validate",
    file,
    files: positionals.slice(1),
    stamp,
    format: (values["--format"] ?? "text") as OutputFormat,
    lang,
    locale: (values["--locale"] ?? "vi-VN") as Locale,
  };
}
