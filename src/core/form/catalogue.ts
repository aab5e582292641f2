/**
 * The finding catalogue, as data: for each code its severity, a short title
 * and message templates per language with named placeholders. Rules name a
 * code, a variant and the values; they never hold message text.
 */
import { formatNumber, formatPoints, formatRate } from "./labels";
import type { FindingCode, Lang, Severity } from "../model/report";

export type Template = Readonly<Record<Lang, string>>;

export interface CatalogueEntry {
  readonly severity: Severity;
  readonly title: Template;
  /** `default` always; other variants where the same code needs other words. */
  readonly messages: Readonly<Record<string, Template>> & { readonly default: Template };
}

export const CATALOGUE: Readonly<Record<FindingCode, CatalogueEntry>> = {
  "missing-sheet": {
    severity: "error",
    title: { vi: "Thiếu sheet", en: "Missing sheet" },
    messages: {
      default: {
        vi: "Sổ tính chưa có sheet “{sheet}”. Thêm sheet này (đặt tên “{vi}” hoặc “{en}”) với các cột theo mẫu.",
        en: "The workbook has no “{sheet}” sheet. Add it (named “{en}” or “{vi}”) with the columns of the form.",
      },
    },
  },
  "missing-column": {
    severity: "error",
    title: { vi: "Thiếu cột", en: "Missing column" },
    messages: {
      default: {
        vi: "Không tìm thấy cột “{field}” trong 10 dòng đầu của sheet. Thêm cột có tiêu đề “{field}” vào dòng tiêu đề.",
        en: "There is no “{field}” column in the first 10 rows of the sheet. Add a column headed “{field}” to the header row.",
      },
    },
  },
  "duplicate-column": {
    severity: "error",
    title: { vi: "Cột bị lặp", en: "Repeated column" },
    messages: {
      default: {
        vi: "Cột “{field}” đã có ở ô {first}. Xóa một trong hai cột hoặc đổi tiêu đề của cột này.",
        en: "The “{field}” column already appears at {first}. Delete one of the two columns or change this header.",
      },
    },
  },
  "required-cell": {
    severity: "error",
    title: { vi: "Ô bắt buộc còn trống", en: "Required cell is empty" },
    messages: {
      default: {
        vi: "Ô “{field}” còn trống. Điền giá trị vào ô này.",
        en: "“{field}” is empty. Fill in this cell.",
      },
    },
  },
  "not-a-number": {
    severity: "error",
    title: { vi: "Không phải là số", en: "Not a number" },
    messages: {
      default: {
        vi: "“{field}” phải là một số nhưng ô đang chứa “{actual}”. Nhập lại bằng một số.",
        en: "“{field}” must be a number, but the cell holds “{actual}”. Type a number instead.",
      },
    },
  },
  "number-as-text": {
    severity: "warning",
    title: { vi: "Số lưu dưới dạng văn bản", en: "Number stored as text" },
    messages: {
      default: {
        vi: "“{field}” là số {value} nhưng được lưu dưới dạng văn bản (“{actual}”). Chuyển ô này sang dạng số.",
        en: "“{field}” holds the number {value} stored as text (“{actual}”). Convert the cell to a number.",
      },
    },
  },
  "not-whole": {
    severity: "error",
    title: { vi: "Không phải số nguyên", en: "Not a whole number" },
    messages: {
      default: {
        vi: "“{field}” phải là số nguyên nhưng đang là {actual}. Nhập số nguyên.",
        en: "“{field}” must be a whole number but is {actual}. Enter a whole number.",
      },
    },
  },
  negative: {
    severity: "error",
    title: { vi: "Số âm", en: "Negative number" },
    messages: {
      default: {
        vi: "“{field}” không được âm (đang là {actual}). Nhập số từ 0 trở lên.",
        en: "“{field}” cannot be negative (it is {actual}). Enter 0 or more.",
      },
    },
  },
  "out-of-range": {
    severity: "error",
    title: { vi: "Giá trị vượt giới hạn", en: "Value out of range" },
    messages: {
      default: {
        vi: "“{field}” phải từ {limit} trở lên nhưng đang là {actual}. Sửa lại giá trị này.",
        en: "“{field}” must be at least {limit} but is {actual}. Correct the value.",
      },
      max: {
        vi: "“{field}” không được lớn hơn {limit} nhưng đang là {actual}. Sửa lại giá trị này.",
        en: "“{field}” must not exceed {limit} but is {actual}. Correct the value.",
      },
      "heads-now": {
        vi: "Số trưởng thôn là đảng viên ({actual}) lớn hơn số thôn, tổ dân phố ({limit}). Sửa lại để không vượt quá số thôn, tổ dân phố.",
        en: "Heads who are members ({actual}) exceed the villages and groups ({limit}). Correct it so it does not exceed the number of villages and groups.",
      },
      "heads-start": {
        vi: "Số trưởng thôn là đảng viên đầu năm ({actual}) lớn hơn số thôn, tổ dân phố ({limit}). Sửa lại để không vượt quá số thôn, tổ dân phố.",
        en: "Heads who were members at the start of the year ({actual}) exceed the villages and groups ({limit}). Correct it so it does not exceed the number of villages and groups.",
      },
    },
  },
  "formula-error": {
    severity: "error",
    title: { vi: "Lỗi công thức", en: "Formula error" },
    messages: {
      default: {
        vi: "“{field}” đang báo lỗi {actual}. Sửa công thức hoặc nhập trực tiếp giá trị đúng.",
        en: "“{field}” shows the error {actual}. Fix the formula or type the correct value.",
      },
    },
  },
  "unknown-value": {
    severity: "error",
    title: { vi: "Giá trị không hợp lệ", en: "Value not allowed" },
    messages: {
      default: {
        vi: "“{field}” không nhận giá trị “{actual}”. Chọn một trong: {allowed}.",
        en: "“{field}” does not accept “{actual}”. Use one of: {allowed}.",
      },
      scope: {
        vi: "Phạm vi “{actual}” không áp dụng cho chỉ số “{indicator}”. Dùng: {allowed}.",
        en: "The scope “{actual}” does not apply to “{indicator}”. Use: {allowed}.",
      },
    },
  },
  "duplicate-key": {
    severity: "error",
    title: { vi: "Giá trị bị trùng", en: "Repeated value" },
    messages: {
      default: {
        vi: "“{actual}” (cột “{field}”) đã có ở ô {first}. Mỗi giá trị chỉ được xuất hiện một lần: xóa dòng lặp lại hoặc sửa lại cho đúng.",
        en: "“{actual}” in “{field}” already appears at {first}. Each value may appear only once: delete the repeated row or correct it.",
      },
      goal: {
        vi: "Chỉ số “{actual}” đã có mục tiêu cho phạm vi này ở ô {first}. Xóa một trong hai dòng (đang dùng mục tiêu ở ô {first}).",
        en: "“{actual}” already has a goal for this scope at {first}. Delete one of the two rows (the goal at {first} is used).",
      },
    },
  },
  "similar-name": {
    severity: "warning",
    title: { vi: "Tên gần giống nhau", en: "Similar names" },
    messages: {
      default: {
        vi: "Tên “{actual}” chỉ khác “{other}” (ô {first}) ở dấu. Kiểm tra lại: nếu là cùng một tổ chức thì xóa dòng lặp lại; nếu là hai nơi khác nhau thì giữ nguyên.",
        en: "The name “{actual}” differs from “{other}” ({first}) only in diacritics. Check it: if they are the same organisation, delete the repeated row; if they are different places, keep both.",
      },
    },
  },
  "unknown-unit": {
    severity: "error",
    title: { vi: "Mã đơn vị không có", en: "Unknown unit code" },
    messages: {
      default: {
        vi: "Mã “{actual}” không có trong sheet “{unitsSheet}”. Sửa lại mã cho đúng hoặc thêm đơn vị này vào sheet “{unitsSheet}”.",
        en: "The code “{actual}” is not on the “{unitsSheet}” sheet. Correct the code or add the unit to “{unitsSheet}”.",
      },
    },
  },
  "wrong-unit-type": {
    severity: "error",
    title: { vi: "Sai loại hình đơn vị", en: "Wrong unit type" },
    messages: {
      default: {
        vi: "“{unit}” (mã {actual}) là “{type}”, không phải đảng bộ xã, phường, đặc khu hay chi bộ thôn, tổ dân phố. Chỉ các tổ chức này mới có dòng ở sheet này: xóa dòng này hoặc sửa loại hình ở sheet “{unitsSheet}”.",
        en: "“{unit}” (code {actual}) is “{type}”, neither a commune, ward or special-zone committee nor a village or residential-group cell. Only those belong on this sheet: delete this row or correct the type on “{unitsSheet}”.",
      },
    },
  },
  "missing-unit": {
    severity: "error",
    title: { vi: "Thiếu đơn vị", en: "Missing unit" },
    messages: {
      default: {
        vi: "“{unit}” (mã {actual}, ô {unitCell} của sheet “{unitsSheet}”) chưa có dòng nào ở sheet này. Thêm một dòng cho đơn vị này.",
        en: "“{unit}” (code {actual}, {unitCell} on “{unitsSheet}”) has no row on this sheet. Add a row for it.",
      },
    },
  },
  "rate-mismatch": {
    severity: "error",
    title: { vi: "Tỷ lệ không khớp", en: "Rate does not match" },
    messages: {
      default: {
        vi: "“{field}” đang là {actual} nhưng tính từ số liệu được {expected}. Sửa thành {expected} (hoặc dùng công thức).",
        en: "“{field}” is {actual} but the figures give {expected}. Change it to {expected} (or use a formula).",
      },
      blank: {
        vi: "Chỉ tiêu bằng 0 nên “{field}” phải để trống (đang là {actual}). Xóa giá trị trong ô này.",
        en: "The target is 0, so “{field}” must be blank (it is {actual}). Clear this cell.",
      },
    },
  },
  "total-mismatch": {
    severity: "error",
    title: { vi: "Tổng không khớp", en: "Total does not match" },
    messages: {
      default: {
        vi: "Dòng tổng: “{field}” đang là {actual} nhưng cộng các dòng được {expected}. Sửa thành {expected}.",
        en: "Totals row: “{field}” is {actual} but the rows add up to {expected}. Change it to {expected}.",
      },
      rate: {
        vi: "Dòng tổng: “{field}” đang là {actual} nhưng tính từ các số tổng được {expected}. Sửa thành {expected}.",
        en: "Totals row: “{field}” is {actual} but the totals give {expected}. Change it to {expected}.",
      },
      summary: {
        vi: "“{item}” đang là {actual} nhưng số liệu chi tiết cho {expected}. Sửa thành {expected} hoặc kiểm tra lại các sheet chi tiết.",
        en: "“{item}” is {actual} but the detailed sheets give {expected}. Change it to {expected} or check the detailed sheets.",
      },
    },
  },
  "not-reported": {
    severity: "warning",
    title: { vi: "Chưa báo cáo kết quả", en: "Not reported" },
    messages: {
      default: {
        vi: "Chỉ tiêu “{indicator}” giao cho {leader} chưa có kết quả. Nhập kết quả vào ô này khi có.",
        en: "The target “{indicator}” assigned to {leader} has no result yet. Enter the result in this cell when it is known.",
      },
    },
  },
  "large-change": {
    severity: "warning",
    title: { vi: "Thay đổi lớn", en: "Large change" },
    messages: {
      default: {
        vi: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên của “{unit}” thay đổi {change} trong năm (từ {start} thành {now}), hơn 30 điểm %. Kiểm tra lại số liệu đầu năm và hiện nay.",
        en: "The village-head rate of “{unit}” moved by {change} over the year (from {start} to {now}), more than 30 points. Check the start-of-year and current figures.",
      },
    },
  },
  "legacy-encoding": {
    severity: "warning",
    title: { vi: "Bảng mã cũ", en: "Legacy encoding" },
    messages: {
      default: {
        vi: "Sheet này có chữ gõ bằng bảng mã cũ {encoding} ở {count} ô ({cells}); Committee Check đã đọc sau khi chuyển sang Unicode. Hãy chuyển cả tệp sang Unicode (TCVN 6909:2001, chuẩn cho văn bản của Đảng), ví dụ bằng công cụ chuyển mã của Unikey, rồi đặt phông chữ Times New Roman.",
        en: "This sheet has text typed in the legacy {encoding} encoding in {count} cells ({cells}); Committee Check read it after converting it to Unicode. Convert the whole file to Unicode (TCVN 6909:2001, the standard for party documents), for example with Unikey’s converter, then set the font to Times New Roman.",
      },
      name: {
        vi: "Tên sheet “{sheet}” gõ bằng bảng mã cũ {encoding}; Committee Check đã đọc sau khi chuyển sang Unicode. Hãy đổi tên sheet bằng chữ Unicode (TCVN 6909:2001).",
        en: "The sheet name “{sheet}” is typed in the legacy {encoding} encoding; Committee Check read it after converting it to Unicode. Rename the sheet in Unicode (TCVN 6909:2001).",
      },
    },
  },
  "goal-shortfall": {
    severity: "shortfall",
    title: { vi: "Chưa đạt mục tiêu", en: "Goal not met" },
    messages: {
      default: {
        vi: "{indicator} ({subject}) là {value}, chưa đạt mục tiêu {goal}. Cần thêm {needed} {noun} để đạt mục tiêu.",
        en: "{indicator} ({subject}) is {value}, short of the goal {goal}. {noun}: {needed} more would meet it.",
      },
      plain: {
        vi: "{indicator} ({subject}) là {value}, chưa đạt mục tiêu {goal}. Xem lại kết quả và kế hoạch để đạt mục tiêu.",
        en: "{indicator} ({subject}) is {value}, short of the goal {goal}. Review the result and the plan to meet it.",
      },
    },
  },
  "stamp-changed": {
    severity: "warning",
    title: { vi: "Số liệu đã đổi sau khi đóng dấu", en: "Data changed since the stamp" },
    messages: {
      default: {
        vi: "Sổ tính mang dấu “đã kiểm tra” lúc {time} (phiên bản {version}), nhưng số liệu trong các sheet biểu mẫu đã thay đổi sau đó. Kiểm tra lại rồi đóng dấu lại trước khi gửi.",
        en: "The workbook was stamped as checked at {time} (version {version}), but the data in its form sheets changed after that. Check it again and stamp it again before sending it.",
      },
    },
  },
};

/** Small phrases that messages are built from (a subject). Each indicator's noun is in its record (form.ts). */
export const PHRASES = {
  committee: { vi: "toàn đảng bộ", en: "whole committee" },
  unit: { vi: "{name}, mã {code}", en: "{name}, code {code}" },
  "leader-row": { vi: "{leader}: {indicator}", en: "{leader}: {indicator}" },
} as const satisfies Record<string, Template>;

export type PhraseId = keyof typeof PHRASES;

/**
 * What the goals editor says of a goal as the user types it (authoring/goal-check.ts), in the catalogue's shape.
 * `{text}` is what was typed, quoted; `{operators}` the operators; `{scopes}` scope names; `{row}` an editor row.
 */
export const GOAL_MESSAGES = {
  "indicator-missing": {
    vi: "Chọn một chỉ số trong danh sách.",
    en: "Pick an indicator from the list.",
  },
  "indicator-unknown": {
    vi: "{text} không phải là chỉ số trong danh sách. Chọn một chỉ số trong danh sách.",
    en: "{text} is not an indicator on the list. Pick one from the list.",
  },
  "operator-missing": { vi: "Chọn điều kiện: {operators}.", en: "Pick an operator: {operators}." },
  "operator-unknown": {
    vi: "{text} không phải là điều kiện hợp lệ. Dùng một trong: {operators}.",
    en: "{text} is not an operator. Use one of: {operators}.",
  },
  "value-missing": {
    vi: "Nhập giá trị mục tiêu (một số).",
    en: "Enter the goal’s value (a number).",
  },
  "value-not-number": {
    vi: "{text} không phải là số. Phần thập phân viết sau dấu phẩy, ví dụ 90,5.",
    en: "{text} is not a number. Write decimals after a point, e.g. 90.5.",
  },
  "scope-missing": { vi: "Chọn phạm vi.", en: "Pick a scope." },
  "scope-unknown": {
    vi: "{text} không phải là phạm vi. Dùng: {scopes}.",
    en: "{text} is not a scope. Use: {scopes}.",
  },
  "scope-not-allowed": {
    vi: "Chỉ số “{indicator}” chỉ đặt mục tiêu theo phạm vi: {scopes}.",
    en: "“{indicator}” takes a goal only for: {scopes}.",
  },
  duplicate: {
    vi: "Chỉ số này đã có mục tiêu cho phạm vi “{scope}” ở dòng {row}. Sửa hoặc xoá một trong hai dòng.",
    en: "This indicator already has a goal for “{scope}” in row {row}. Change or remove one of the two rows.",
  },
} as const satisfies Record<string, Template>;

export type GoalMessageId = keyof typeof GOAL_MESSAGES;

/** A value for a placeholder: text as is, numbers in the language's format, or a rate, points or phrase. */
export type MessageValue =
  | string
  | number
  | boolean
  | { readonly rate: number }
  | { readonly points: number }
  | { readonly phrase: PhraseId; readonly params?: Readonly<Record<string, MessageValue>> };

export type MessageParams = Readonly<Record<string, MessageValue | undefined>>;

function formatValue(value: MessageValue | undefined, lang: Lang): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("rate" in value) return formatRate(value.rate, lang);
  if ("points" in value) return formatPoints(value.points, lang, "words");
  return renderPhrase(value.phrase, lang, value.params ?? {});
}

function fill(template: string, lang: Lang, params: MessageParams): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatValue(params[name], lang) : whole
  );
}

export function renderPhrase(id: PhraseId, lang: Lang, params: MessageParams = {}): string {
  return fill(PHRASES[id][lang], lang, params);
}

export function renderGoalMessage(
  id: GoalMessageId,
  lang: Lang,
  params: MessageParams = {}
): string {
  return fill(GOAL_MESSAGES[id][lang], lang, params);
}

/** The message of a finding in the chosen language; an unknown variant falls back to `default`. */
export function renderMessage(
  code: FindingCode,
  lang: Lang,
  params: MessageParams = {},
  variant = "default"
): string {
  const entry = CATALOGUE[code];
  const template = entry.messages[variant] ?? entry.messages.default;
  return fill(template[lang] ?? template.vi, lang, params);
}

export function severityOf(code: FindingCode): Severity {
  return CATALOGUE[code].severity;
}
