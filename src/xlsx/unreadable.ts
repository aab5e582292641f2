import type { Lang } from '../core';

/** Why a file could not be read as a workbook; each has one line for the user in `unreadableMessage`. */
export type UnreadableReason = 'empty' | 'encrypted' | 'not-xlsx' | 'damaged' | 'too-large';

export class UnreadableWorkbookError extends Error {
  readonly reason: UnreadableReason;

  constructor(reason: UnreadableReason, options?: { cause?: unknown }) {
    super(unreadableMessage(reason, 'en'), options);
    this.name = 'UnreadableWorkbookError';
    this.reason = reason;
  }
}

const MESSAGES: Record<UnreadableReason, Record<Lang, string>> = {
  empty: {
    vi: 'Tệp trống (0 byte), không có gì để kiểm tra: hãy mở sổ trong Excel và lưu lại.',
    en: 'The file is empty (0 bytes), there is nothing to check: open the workbook in Excel and save it again.',
  },
  encrypted: {
    vi: 'Tệp được đặt mật khẩu: hãy gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.',
    en: 'The file is encrypted with a password: remove the password (File › Info › Protect Workbook) and save it again.',
  },
  'not-xlsx': {
    vi: 'Tệp không phải sổ Excel (.xlsx, .xlsm, .xls) hay LibreOffice (.ods): hãy mở trong Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx).',
    en: 'The file is not an Excel (.xlsx, .xlsm, .xls) or LibreOffice (.ods) workbook: open it in Excel and save it as an Excel Workbook (.xlsx).',
  },
  'too-large': {
    vi: 'Tệp quá lớn để là sổ báo cáo của một cấp ủy, nên không đọc: hãy kiểm tra đúng tệp chưa, hoặc xóa các sheet không cần rồi lưu lại.',
    en: 'The file is too large to be a committee workbook, so it was not read: check that it is the right file, or delete the sheets that are not needed and save it again.',
  },
  damaged: {
    vi: 'Tệp .xlsx bị hỏng, không đọc được: hãy mở trong Excel để Excel sửa và lưu lại, hoặc lấy một bản sao khác.',
    en: 'The .xlsx file is damaged and cannot be read: open it in Excel to let it repair the file and save it again, or get another copy.',
  },
};

/** One line, in the user's language, saying what is wrong with the file and what to do. */
export function unreadableMessage(reason: UnreadableReason, lang: Lang): string {
  return MESSAGES[reason][lang];
}

// A password-protected .xlsx is not a zip: Excel wraps it in an OLE compound file, as an old .xls is.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the first bytes say a file is: an .xlsx/.xlsm (zip), an .ods (zip with an ODF mimetype), an OLE compound file (.xls, or an encrypted .xlsx). */
export function sniffWorkbook(bytes: Uint8Array): 'zip' | 'ods' | 'ole' | 'other' {
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  if (!startsWith(bytes, ZIP_SIGNATURE)) return 'other';
  // ODF: the first entry is `mimetype`, stored, holding the document's media type.
  const nameLength = bytes.length > 30 ? bytes[26] | (bytes[27] << 8) : 0;
  if (nameLength === 8 && String.fromCharCode(...bytes.subarray(30, 38)) === 'mimetype') {
    const extra = bytes[28] | (bytes[29] << 8);
    const start = 38 + extra;
    const type = String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + 60)));
    if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  }
  return 'zip';
}

/** Throws the reason a file cannot be an .xlsx, judged from its first bytes alone. */
export function assertLooksLikeXlsx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableWorkbookError('empty');
  if (startsWith(bytes, OLE_SIGNATURE)) throw new UnreadableWorkbookError('encrypted');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new UnreadableWorkbookError('not-xlsx');
}
