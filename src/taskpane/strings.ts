import { committeeLabel, verdictText, type Lang } from "../core";
import type { HostError } from "../core";
import { MAPPING_STRINGS, type MappingStrings } from "./mapping-strings";
import { STAMP_STRINGS, type StampStrings } from "./stamp-strings";

export type HostErrorReason = HostError["reason"];

/** Every text the pane shows, in Vietnamese and English. Indicator titles, status words, the verdict and the committee's name come from core (form/labels.ts). */
export interface PaneStrings {
  readonly title: string;
  readonly validate: string;
  readonly validateAgain: string;
  readonly clear: string;
  readonly cleared: string;
  readonly language: string;
  readonly progress: {
    readonly reading: string;
    readonly checking: string;
    readonly showing: string;
  };
  readonly verdictReady: string;
  readonly verdictErrors: (errors: number) => string;
  readonly verdictReadyDetail: string;
  readonly verdictErrorsDetail: string;
  readonly countsLabel: string;
  readonly count: (label: string, n: number) => string;
  readonly goalsDefault: string;
  readonly lastValidation: (when: string, ready: boolean, errors: number) => string;
  readonly intro: string;
  readonly stale: string;
  readonly indicators: string;
  readonly committeeIndicators: string;
  readonly unitIndicators: string;
  readonly unitIndicatorCount: (title: string, rows: number) => string;
  readonly unitShortfalls: (n: number) => string;
  readonly scopeCommittee: string;
  readonly scopeUnit: (code: string) => string;
  readonly scopeCell: (cell: string) => string;
  readonly goal: string;
  readonly status: string;
  readonly needed: (n: number) => string;
  readonly value: string;
  readonly indicator: string;
  readonly scope: string;
  readonly findings: string;
  readonly filterLabel: string;
  readonly all: string;
  readonly noFindings: string;
  readonly noFindingsInFilter: string;
  readonly sheetLevel: string;
  readonly cell: string;
  readonly code: string;
  readonly goToCell: (sheet: string, cell?: string) => string;
  readonly showMore: (n: number) => string;
  readonly findingsInSheet: (sheet: string, n: number) => string;
  readonly errors: Readonly<Record<HostErrorReason, string>>;
  readonly goToFailed: string;
  readonly goals: GoalStrings;
  readonly form: FormStrings;
  readonly mapping: MappingStrings;
  readonly stamp: StampStrings;
}

/** The goals section and its editor. */
export interface GoalStrings {
  readonly heading: string;
  readonly source: string;
  readonly fromSheet: string;
  readonly fromDefaults: string;
  readonly inUse: string;
  readonly validateFirst: string;
  readonly edit: string;
  readonly loading: string;
  readonly editorFromSheet: (sheet: string) => string;
  readonly editorFromDefaults: (sheet: string) => string;
  readonly rowLabel: (n: number) => string;
  readonly indicator: string;
  readonly operator: string;
  readonly value: string;
  /** The unit after a rate-change value (other goal values are percentages). */
  readonly unitPoints: string;
  readonly scope: string;
  readonly operatorNames: Readonly<Record<">" | ">=" | "=" | "<=" | "<", string>>;
  readonly pickIndicator: string;
  readonly add: string;
  readonly remove: (n: number) => string;
  readonly save: string;
  readonly cancel: string;
  readonly saving: string;
  readonly fixToSave: string;
  readonly noneLeft: string;
  readonly saved: string;
}

/** The standard form: inserting the sheets a workbook lacks. */
export interface FormStrings {
  readonly heading: string;
  readonly intro: string;
  readonly insert: string;
  readonly inserting: string;
  readonly added: (sheets: ReadonlyArray<string>) => string;
  readonly noneMissing: string;
}

const GOALS_VI: GoalStrings = {
  heading: "Mục tiêu",
  source: "Nguồn",
  fromSheet: "Theo sheet Mục tiêu trong tệp",
  fromDefaults: "Mặc định của tỉnh",
  inUse: "Mục tiêu đang dùng",
  validateFirst: "Bấm “Kiểm tra” để xem các mục tiêu đang dùng.",
  edit: "Sửa mục tiêu",
  loading: "Đang đọc các mục tiêu…",
  editorFromSheet: (sheet) =>
    `Các mục tiêu trong sheet “${sheet}”. Khi lưu, các dòng mục tiêu của sheet này được ghi lại; tiêu đề và định dạng giữ nguyên.`,
  editorFromDefaults: (sheet) =>
    `Đang dùng mục tiêu mặc định của tỉnh. Khi lưu, sheet “${sheet}” sẽ được tạo với các mục tiêu dưới đây.`,
  rowLabel: (n) => `Mục tiêu ${n}`,
  indicator: "Chỉ số",
  operator: "Điều kiện",
  value: "Giá trị",
  unitPoints: "điểm %",
  scope: "Phạm vi",
  operatorNames: {
    ">": "lớn hơn",
    ">=": "lớn hơn hoặc bằng",
    "=": "bằng",
    "<=": "nhỏ hơn hoặc bằng",
    "<": "nhỏ hơn",
  },
  pickIndicator: "Chọn chỉ số",
  add: "Thêm mục tiêu",
  remove: (n) => `Xoá mục tiêu ${n}`,
  save: "Lưu mục tiêu",
  cancel: "Huỷ",
  saving: "Đang lưu mục tiêu…",
  fixToSave: "Sửa các ô được báo lỗi rồi mới lưu được.",
  noneLeft: "Không còn mục tiêu nào: khi lưu, bảng tính sẽ dùng mục tiêu mặc định của tỉnh.",
  saved: "Đã lưu mục tiêu vào bảng tính và kiểm tra lại.",
};

const GOALS_EN: GoalStrings = {
  heading: "Goals",
  source: "Source",
  fromSheet: "From the Goals sheet in the file",
  fromDefaults: "The province’s defaults",
  inUse: "Goals in use",
  validateFirst: "Select “Validate” to see the goals in use.",
  edit: "Edit goals",
  loading: "Reading the goals…",
  editorFromSheet: (sheet) =>
    `The goals in the “${sheet}” sheet. Saving rewrites its goal rows; its title and formats stay.`,
  editorFromDefaults: (sheet) =>
    `The province’s default goals are in use. Saving creates the “${sheet}” sheet with the goals below.`,
  rowLabel: (n) => `Goal ${n}`,
  indicator: "Indicator",
  operator: "Operator",
  value: "Value",
  unitPoints: "pp",
  scope: "Scope",
  operatorNames: {
    ">": "greater than",
    ">=": "at least",
    "=": "equal to",
    "<=": "at most",
    "<": "less than",
  },
  pickIndicator: "Pick an indicator",
  add: "Add a goal",
  remove: (n) => `Remove goal ${n}`,
  save: "Save goals",
  cancel: "Cancel",
  saving: "Saving the goals…",
  fixToSave: "Correct the fields marked in red to save.",
  noneLeft: "No goals left: after saving, the workbook uses the province’s default goals.",
  saved: "The goals were saved in the workbook and checked again.",
};

const FORM_VI: FormStrings = {
  heading: "Mẫu biểu",
  intro:
    "Thêm vào tệp các sheet của biểu mẫu chuẩn mà tệp còn thiếu. Sheet đã có không bị thay đổi.",
  insert: "Thêm các sheet chuẩn",
  inserting: "Đang thêm các sheet chuẩn…",
  added: (sheets) => `Đã thêm ${sheets.length} sheet: ${sheets.join(", ")}.`,
  noneMissing: "Tệp đã có đủ các sheet chuẩn; không thêm sheet nào.",
};

const FORM_EN: FormStrings = {
  heading: "Form",
  intro: "Add the standard form’s sheets that the workbook lacks. Sheets it has are not changed.",
  insert: "Insert standard sheets",
  inserting: "Inserting the standard sheets…",
  added: (sheets) =>
    `Added ${sheets.length === 1 ? "1 sheet" : `${sheets.length} sheets`}: ${sheets.join(", ")}.`,
  noneMissing: "The workbook already has every standard sheet; nothing was added.",
};

const vi: PaneStrings = {
  title: "Kiểm tra biểu mẫu đảng bộ",
  validate: "Kiểm tra",
  validateAgain: "Kiểm tra lại",
  clear: "Xoá đánh dấu",
  cleared: "Đã xoá đánh dấu và trang báo cáo. Dữ liệu của bạn giữ nguyên.",
  language: "Ngôn ngữ",
  progress: {
    reading: "Đang đọc bảng tính…",
    checking: "Đang kiểm tra số liệu…",
    showing: "Đang đánh dấu các ô…",
  },
  verdictReady: verdictText(true, 0, "vi"),
  verdictErrors: (n) => verdictText(false, n, "vi"),
  verdictReadyDetail: "Không có lỗi. Hãy xem các cảnh báo và chỉ tiêu chưa đạt trước khi nộp.",
  verdictErrorsDetail: "Sửa các lỗi bên dưới rồi kiểm tra lại. Bấm vào từng dòng để đến ô cần sửa.",
  countsLabel: "Số lượng",
  count: (label, n) => `${label}: ${n}`,
  goalsDefault: "Bảng tính không có trang Mục tiêu nên dùng mục tiêu mặc định.",
  lastValidation: (when, ready, errors) =>
    `Lần kiểm tra trước (${when}): ${ready ? "sẵn sàng nộp" : `${errors} lỗi`}.`,
  intro:
    "Bấm “Kiểm tra” để rà soát bảng tính trước khi gửi lên cấp trên. Dữ liệu bạn đã nhập không bị thay đổi.",
  stale: "Kết quả đã cũ — bảng tính đã thay đổi. Hãy kiểm tra lại.",
  indicators: "Chỉ số và mục tiêu",
  committeeIndicators: committeeLabel("vi"),
  unitIndicators: "Theo từng đơn vị",
  unitIndicatorCount: (title, rows) => `${title} (${rows})`,
  unitShortfalls: (n) => `${n} chưa đạt`,
  scopeCommittee: committeeLabel("vi"),
  scopeUnit: (code) => `Đơn vị ${code}`,
  scopeCell: (cell) => `Ô ${cell}`,
  goal: "Mục tiêu",
  status: "Trạng thái",
  needed: (n) => `Còn thiếu ${n}`,
  value: "Giá trị",
  indicator: "Chỉ số",
  scope: "Phạm vi",
  findings: "Các vấn đề cần xem",
  filterLabel: "Lọc theo mức độ",
  all: "Tất cả",
  noFindings: "Không có vấn đề nào.",
  noFindingsInFilter: "Không có vấn đề nào ở mức độ này.",
  sheetLevel: "Cả trang",
  cell: "Ô",
  code: "Mã",
  goToCell: (sheet, cell) => (cell ? `Đến ô ${cell} trên trang ${sheet}` : `Đến trang ${sheet}`),
  showMore: (n) => `Hiện thêm (còn ${n})`,
  findingsInSheet: (sheet, n) => `${sheet} (${n})`,
  errors: {
    protected:
      "Một trang tính đang được bảo vệ nên không thể đánh dấu. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang) rồi kiểm tra lại.",
    editing:
      "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
    "no-committee-sheets":
      "Bảng tính này không có các trang của biểu mẫu đảng bộ (Tổ chức cơ sở đảng, Kết nạp đảng viên, Trưởng thôn, tổ dân phố). Hãy mở đúng tệp rồi kiểm tra lại.",
    unreadable:
      "Không đọc được bảng tính. Hãy kiểm tra tệp có đúng định dạng .xlsx và không bị khoá mật khẩu.",
    other: "Đã có lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, hãy đóng và mở lại bảng tính.",
  },
  goToFailed: "Không đến được ô này. Có thể trang tính đã bị đổi tên hoặc xoá; hãy kiểm tra lại.",
  goals: GOALS_VI,
  form: FORM_VI,
  mapping: MAPPING_STRINGS.vi,
  stamp: STAMP_STRINGS.vi,
};

const en: PaneStrings = {
  title: "Committee workbook check",
  validate: "Validate",
  validateAgain: "Validate again",
  clear: "Clear",
  cleared: "Highlights and the report sheet were removed. Your data is unchanged.",
  language: "Language",
  progress: {
    reading: "Reading the workbook…",
    checking: "Checking the figures…",
    showing: "Highlighting cells…",
  },
  verdictReady: verdictText(true, 0, "en"),
  verdictErrors: (n) => verdictText(false, n, "en"),
  verdictReadyDetail: "No errors. Look at the warnings and shortfalls before you submit.",
  verdictErrorsDetail:
    "Fix the errors below, then validate again. Select a line to go to its cell.",
  countsLabel: "Counts",
  count: (label, n) => `${label}: ${n}`,
  goalsDefault: "The workbook has no Goals sheet, so the default goals were used.",
  lastValidation: (when, ready, errors) =>
    `Last check (${when}): ${ready ? "ready to submit" : `${errors} ${errors === 1 ? "error" : "errors"}`}.`,
  intro:
    "Select “Validate” to check the workbook before you send it up. Nothing you typed is changed.",
  stale: "Results are out of date — the workbook has changed. Validate again.",
  indicators: "Indicators and goals",
  committeeIndicators: committeeLabel("en"),
  unitIndicators: "By unit",
  unitIndicatorCount: (title, rows) => `${title} (${rows})`,
  unitShortfalls: (n) => `${n} short`,
  scopeCommittee: committeeLabel("en"),
  scopeUnit: (code) => `Unit ${code}`,
  scopeCell: (cell) => `Cell ${cell}`,
  goal: "Goal",
  status: "Status",
  needed: (n) => `${n} more needed`,
  value: "Value",
  indicator: "Indicator",
  scope: "Scope",
  findings: "Things to look at",
  filterLabel: "Filter by severity",
  all: "All",
  noFindings: "Nothing to look at.",
  noFindingsInFilter: "Nothing at this severity.",
  sheetLevel: "Whole sheet",
  cell: "Cell",
  code: "Code",
  goToCell: (sheet, cell) =>
    cell ? `Go to cell ${cell} on sheet ${sheet}` : `Go to sheet ${sheet}`,
  showMore: (n) => `Show more (${n} left)`,
  findingsInSheet: (sheet, n) => `${sheet} (${n})`,
  errors: {
    protected:
      "A sheet is protected, so its cells cannot be highlighted. Unprotect the sheet (Review › Unprotect Sheet), then validate again.",
    editing: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    "no-committee-sheets":
      "This workbook has none of the committee sheets (Units, Admissions, Village heads). Open the right file, then validate again.",
    unreadable:
      "The workbook could not be read. Check that the file is an .xlsx workbook and is not password-protected.",
    other:
      "Something unexpected went wrong. Try again; if it keeps happening, close and reopen the workbook.",
  },
  goToFailed:
    "Could not go to this cell. The sheet may have been renamed or deleted; validate again.",
  goals: GOALS_EN,
  form: FORM_EN,
  mapping: MAPPING_STRINGS.en,
  stamp: STAMP_STRINGS.en,
};

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { vi, en };

export function paneStrings(lang: Lang): PaneStrings {
  return STRINGS[lang];
}
