import type { Lang, Locale } from '../core/report';

export type OutputFormat = 'text' | 'json';

export interface ValidateCommand {
  readonly kind: 'validate';
  readonly file: string;
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly locale: Locale;
}

export interface HelpCommand {
  readonly kind: 'help';
  readonly lang: Lang;
}

export type Command = ValidateCommand | HelpCommand;

/** Bad usage: the message is one line in the language the user asked for (or Vietnamese). */
export class UsageError extends Error {
  readonly lang: Lang;

  constructor(message: string, lang: Lang) {
    super(message);
    this.name = 'UsageError';
    this.lang = lang;
  }
}

const USAGE_LINE = 'committee-check validate <workbook.xlsx> [--format text|json] [--lang vi|en] [--locale vi-VN|en-US]';
const USAGE_LINE_VI = 'committee-check validate <tệp.xlsx> [--format text|json] [--lang vi|en] [--locale vi-VN|en-US]';

const CHOICES = {
  '--format': ['text', 'json'],
  '--lang': ['vi', 'en'],
  '--locale': ['vi-VN', 'en-US'],
} as const;
type OptionName = keyof typeof CHOICES;

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(CHOICES, name);
}

const usageErrors = {
  noCommand: {
    vi: () => `Thiếu lệnh. Cách dùng: ${USAGE_LINE_VI}`,
    en: () => `No command given. Usage: ${USAGE_LINE}`,
  },
  unknownCommand: {
    vi: (word: string) => `Không có lệnh "${word}". Cách dùng: ${USAGE_LINE_VI}`,
    en: (word: string) => `Unknown command "${word}". Usage: ${USAGE_LINE}`,
  },
  noFile: {
    vi: () => `Thiếu tệp cần kiểm tra. Cách dùng: ${USAGE_LINE_VI}`,
    en: () => `No workbook given. Usage: ${USAGE_LINE}`,
  },
  extraFile: {
    vi: (word: string) => `Thừa đối số "${word}": mỗi lần chỉ kiểm tra một tệp.`,
    en: (word: string) => `Unexpected argument "${word}": check one workbook at a time.`,
  },
  unknownOption: {
    vi: (word: string) => `Không có tuỳ chọn "${word}". Các tuỳ chọn: --format text|json, --lang vi|en, --locale vi-VN|en-US, --help.`,
    en: (word: string) => `Unknown option "${word}". Options: --format text|json, --lang vi|en, --locale vi-VN|en-US, --help.`,
  },
  missingValue: {
    vi: (name: OptionName) => `Tuỳ chọn ${name} cần một giá trị: ${CHOICES[name].join(' hoặc ')}.`,
    en: (name: OptionName) => `Option ${name} needs a value: ${CHOICES[name].join(' or ')}.`,
  },
  badValue: {
    vi: (name: OptionName, value: string) => `Giá trị "${value}" không hợp lệ cho ${name}: hãy chọn ${CHOICES[name].join(' hoặc ')}.`,
    en: (name: OptionName, value: string) => `"${value}" is not a valid value for ${name}: choose ${CHOICES[name].join(' or ')}.`,
  },
};

const HELP: Record<Lang, string> = {
  vi: [
    'committee-check — kiểm tra sổ số liệu của cấp ủy trước khi gửi lên cấp trên',
    '',
    'Cách dùng:',
    `  ${USAGE_LINE_VI}`,
    '',
    'Tuỳ chọn:',
    '  --format text|json    text: báo cáo để đọc (mặc định); json: báo cáo dạng JSON cho chương trình khác',
    '  --lang vi|en          ngôn ngữ của thông báo (mặc định vi)',
    '  --locale vi-VN|en-US  cách đọc số gõ dạng chữ; vi-VN: "6.300" là sáu nghìn ba trăm, "93,08" là 93,08 (mặc định vi-VN)',
    '  -h, --help            hiện hướng dẫn này',
    '',
    'Mã thoát: 0 sẵn sàng nộp; 1 có lỗi cần sửa; 2 không đọc được tệp hoặc gõ lệnh sai.',
    '',
  ].join('\n'),
  en: [
    "committee-check — checks a party committee's workbook before it goes to the level above",
    '',
    'Usage:',
    `  ${USAGE_LINE}`,
    '',
    'Options:',
    '  --format text|json    text: a report for people (default); json: the report as JSON for other programs',
    '  --lang vi|en          language of the messages (default vi)',
    '  --locale vi-VN|en-US  how numbers typed as text are read; vi-VN: "6.300" is six thousand three hundred, "93,08" is 93.08 (default vi-VN)',
    '  -h, --help            show this help',
    '',
    'Exit codes: 0 ready to submit; 1 the workbook has errors; 2 the file cannot be read or the command is wrong.',
    '',
  ].join('\n'),
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
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && canonicalChoice('--lang', value) === 'en') return 'en';
  }
  return 'vi';
}

/** Parses the words after `committee-check`; throws UsageError with one line in the user's language. */
export function parseArgs(argv: readonly string[]): Command {
  const lang = requestedLang(argv);
  const fail = (message: string): never => {
    throw new UsageError(message, lang);
  };
  const values: Record<OptionName, string | undefined> = { '--format': undefined, '--lang': undefined, '--locale': undefined };
  const positionals: string[] = [];
  let help = false;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!isOptionName(name)) return fail(usageErrors.unknownOption[lang](name));
    let value: string | undefined;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') return fail(usageErrors.missingValue[lang](name));
    const choice = canonicalChoice(name, value);
    if (choice === undefined) return fail(usageErrors.badValue[lang](name, value));
    values[name] = choice;
  }

  if (help) return { kind: 'help', lang };
  const [command, file, extra] = positionals;
  if (command === undefined) return fail(usageErrors.noCommand[lang]());
  if (command !== 'validate') return fail(usageErrors.unknownCommand[lang](command));
  if (file === undefined) return fail(usageErrors.noFile[lang]());
  if (extra !== undefined) return fail(usageErrors.extraFile[lang](extra));
  return {
    kind: 'validate',
    file,
    format: (values['--format'] ?? 'text') as OutputFormat,
    lang,
    locale: (values['--locale'] ?? 'vi-VN') as Locale,
  };
}
