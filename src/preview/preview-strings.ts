import type { Lang } from "../core";

/** Texts of the preview's own frame (file picker, grid); the pane has its own catalogue. */
export interface PreviewStrings {
  readonly openFile: string;
  readonly opening: string;
  readonly noFile: string;
  readonly workbook: string;
  readonly sheets: string;
  readonly selectedCell: string;
  readonly sampleFailed: string;
  readonly openFailed: string;
  readonly severity: Readonly<Record<"error" | "warning" | "shortfall", string>>;
  readonly rowsCut: (shown: number, total: number) => string;
}

export const PREVIEW_STRINGS: Readonly<Record<Lang, PreviewStrings>> = {
  vi: {
    openFile: "Mở tệp…",
    opening: "Đang mở tệp…",
    noFile: "Chưa mở tệp nào",
    workbook: "Bảng tính",
    sheets: "Các trang tính",
    selectedCell: "Ô đang chọn",
    sampleFailed:
      "Không tải được tệp mẫu. Hãy bấm “Mở tệp…” để chọn một tệp .xlsx, .xls hoặc .ods.",
    openFailed:
      "Không mở được tệp này. Hãy chọn một sổ Excel (.xlsx, .xlsm, .xls) hoặc LibreOffice (.ods).",
    severity: { error: "Lỗi", warning: "Cảnh báo", shortfall: "Chưa đạt mục tiêu" },
    rowsCut: (shown, total) => `Đang hiển thị ${shown} trên ${total} dòng.`,
  },
  en: {
    openFile: "Open file…",
    opening: "Opening the file…",
    noFile: "No file open",
    workbook: "Workbook",
    sheets: "Sheets",
    selectedCell: "Selected cell",
    sampleFailed:
      "The sample workbook could not be loaded. Select “Open file…” to choose an .xlsx, .xls or .ods file.",
    openFailed:
      "This file could not be opened. Choose an Excel (.xlsx, .xlsm, .xls) or LibreOffice (.ods) workbook.",
    severity: { error: "Error", warning: "Warning", shortfall: "Shortfall" },
    rowsCut: (shown, total) => `Showing ${shown} of ${total} rows.`,
  },
};
