import type { Lang } from "../core";

/** Why a file could not be read as a workbook; each has one line for the user in `unreadableMessage`. */
export type UnreadableReason =
  "empty" | "encrypted" | "not-xlsx" | "damaged" | "too-large" | "unsafe" | "missing-sheet";

export interface UnreadableOptions {
  readonly cause?: unknown;
  /**
   * What exactly: for `damaged` the part and the fault (`xl/worksheets/sheet1.xml: checksum does not match`),
   * for `too-large` the limit's key in LIMIT_WORDS, for `missing-sheet` the sheet's name, for `unsafe` the construct.
   */
  readonly detail?: string;
}

export class UnreadableWorkbookError extends Error {
  readonly reason: UnreadableReason;
  readonly detail: string | undefined;

  constructor(reason: UnreadableReason, options?: UnreadableOptions) {
    super(unreadableMessage(reason, "en", options?.detail), options);
    this.name = "UnreadableWorkbookError";
    this.reason = reason;
    this.detail = options?.detail;
  }
}

const MESSAGES: Record<
  Exclude<UnreadableReason, "too-large" | "unsafe" | "missing-sheet">,
  Record<Lang, string>
> = {
  empty: {
    vi: "Tệp trống (0 byte), không có gì để kiểm tra: hãy mở sổ trong Excel và lưu lại.",
    en: "The file is empty (0 bytes), there is nothing to check: open the workbook in Excel and save it again.",
  },
  encrypted: {
    vi: "Tệp được đặt mật khẩu: hãy gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.",
    en: "The file is encrypted with a password: remove the password (File › Info › Protect Workbook) and save it again.",
  },
  "not-xlsx": {
    vi: "Tệp không phải sổ Excel (.xlsx, .xlsm, .xls) hay LibreOffice (.ods): hãy mở trong Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx).",
    en: "The file is not an Excel (.xlsx, .xlsm, .xls) or LibreOffice (.ods) workbook: open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  damaged: {
    vi: "Tệp .xlsx bị hỏng, không đọc được: hãy mở trong Excel để Excel sửa và lưu lại, hoặc lấy một bản sao khác.",
    en: "The .xlsx file is damaged and cannot be read: open it in Excel to let it repair the file and save it again, or get another copy.",
  },
};

/** The limit a `too-large` file passed, in words (keys are the reader's limit names). */
const LIMIT_WORDS: Record<string, Record<Lang, string>> = {
  parts: { vi: "quá nhiều phần trong gói", en: "too many parts in the package" },
  "total-size": { vi: "tổng dung lượng khi giải nén quá lớn", en: "too large once uncompressed" },
  "part-size": { vi: "một phần quá lớn khi giải nén", en: "one part too large once uncompressed" },
  ratio: {
    vi: 'tỷ lệ nén bất thường, kiểu "bom zip"',
    en: "an implausible compression ratio, as in a zip bomb",
  },
  zip64: { vi: "gói zip 64-bit, lớn hơn 4 GB", en: "a zip64 package, over 4 GB" },
  cells: { vi: "quá nhiều ô có dữ liệu", en: "too many cells with data" },
  slots: {
    vi: "quá nhiều ô trên các dòng (có ô ở cột rất xa)",
    en: "rows too wide (cells far to the right)",
  },
  merges: { vi: "quá nhiều vùng gộp ô", en: "too many merged ranges" },
  string: { vi: "một chuỗi chữ quá dài", en: "a text value too long" },
  "shared-strings": { vi: "quá nhiều chuỗi chữ", en: "too many text values" },
  depth: { vi: "XML lồng quá sâu", en: "XML nested too deep" },
  sheets: { vi: "quá nhiều sheet", en: "too many sheets" },
};

/** The reader's words for a fault (after the part's name), in Vietnamese; the part names stay as they are. */
const DAMAGE_WORDS_VI: ReadonlyArray<readonly [RegExp, string]> = [
  [/checksum does not match/, "sai mã kiểm tra CRC"],
  [/not well-formed XML/, "XML không hợp lệ"],
  [/no zip directory/, "không có mục lục zip, có thể tệp bị cắt cụt"],
  [/zip directory (entry|out of bounds)/, "mục lục zip hỏng"],
  [
    /no local header|truncated|compressed data ends early|bad compressed data|stored size/,
    "dữ liệu nén hỏng hoặc bị cắt cụt",
  ],
  [/longer than declared|shorter than declared/, "kích thước khác với khai báo"],
  [/compression method/, "kiểu nén không hỗ trợ"],
  [/cell beyond column XFD/, "ô vượt quá cột XFD"],
  [/^cell reference /, "địa chỉ ô sai "],
  [/^row /, "số dòng sai "],
  [/^merged range /, "vùng gộp ô sai "],
  [/^shared string (.*) missing$/, "thiếu chuỗi chữ dùng chung $1"],
];

function damageInVietnamese(detail: string): string {
  const colon = detail.indexOf(": ");
  const part = colon === -1 ? "" : detail.slice(0, colon + 2);
  let words = colon === -1 ? detail : detail.slice(colon + 2);
  for (const [pattern, vi] of DAMAGE_WORDS_VI) words = words.replace(pattern, vi);
  return part + words;
}

/** One line, in the user's language, saying what is wrong with the file and what to do. */
export function unreadableMessage(reason: UnreadableReason, lang: Lang, detail?: string): string {
  switch (reason) {
    case "too-large": {
      const what =
        (detail !== undefined && LIMIT_WORDS[detail]?.[lang]) ||
        (lang === "vi" ? "quá lớn" : "too large");
      return lang === "vi"
        ? `Tệp vượt quá mọi sổ thật của cấp ủy (${what}) nên không được mở, để bảo vệ máy: hãy hỏi lại người gửi tệp này.`
        : `The file goes beyond any real committee workbook (${what}) and was not opened, to protect this computer: ask whoever sent it.`;
    }
    case "unsafe":
      return lang === "vi"
        ? `Tệp chứa cấu trúc Excel không bao giờ ghi (${(detail ?? "DOCTYPE").replace(" in ", " trong ")}) nên không được mở: hãy hỏi lại người gửi tệp này.`
        : `The file holds a construct Excel never writes (${detail ?? "DOCTYPE"}) and was not opened: ask whoever sent it.`;
    case "missing-sheet":
      return lang === "vi"
        ? `Sổ có sheet "${detail ?? ""}" nhưng không đọc được nội dung của sheet này (tệp bị thiếu hoặc hỏng): hãy lấy một bản sao khác từ người gửi.`
        : `The workbook lists the sheet "${detail ?? ""}" but its content is missing or unreadable: get another copy from the sender.`;
    case "damaged":
      if (detail !== undefined) {
        return lang === "vi"
          ? `Tệp .xlsx bị hỏng (${damageInVietnamese(detail)}), không đọc được: hãy lấy một bản sao khác từ người gửi.`
          : `The .xlsx file is damaged (${detail}) and cannot be read: get another copy from the sender.`;
      }
      return MESSAGES.damaged[lang];
    default:
      return MESSAGES[reason][lang];
  }
}

// A password-protected .xlsx is not a zip: Excel wraps it in an OLE compound file, as an old .xls is.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the first bytes say a file is: an .xlsx/.xlsm (zip), an .ods (zip with an ODF mimetype), an OLE compound file (.xls, or an encrypted .xlsx). */
export function sniffWorkbook(bytes: Uint8Array): "zip" | "ods" | "ole" | "other" {
  if (startsWith(bytes, OLE_SIGNATURE)) return "ole";
  if (!startsWith(bytes, ZIP_SIGNATURE)) return "other";
  // ODF: the first entry is `mimetype`, stored, holding the document's media type.
  const nameLength = bytes.length > 30 ? bytes[26] | (bytes[27] << 8) : 0;
  if (nameLength === 8 && String.fromCharCode(...bytes.subarray(30, 38)) === "mimetype") {
    const extra = bytes[28] | (bytes[29] << 8);
    const start = 38 + extra;
    const type = String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + 60)));
    if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  }
  return "zip";
}

/** Throws the reason a file cannot be an .xlsx, judged from its first bytes alone. */
export function assertLooksLikeXlsx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableWorkbookError("empty");
  if (startsWith(bytes, OLE_SIGNATURE)) throw new UnreadableWorkbookError("encrypted");
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new UnreadableWorkbookError("not-xlsx");
}
