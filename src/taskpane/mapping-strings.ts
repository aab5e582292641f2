import type { Lang } from "../core";

/** The "Match headers" panel and the review of a saved mapping. */
export interface MappingStrings {
  readonly heading: string;
  readonly intro: string;
  /** Heading of one form sheet's choices: its name in the form, and the workbook's own sheet when found. */
  readonly sheetHeading: (formName: string, own: string | null) => string;
  readonly whichSheet: (formName: string) => string;
  readonly whichColumn: (header: string) => string;
  readonly choose: string;
  readonly headerOption: (text: string, column: string) => string;
  readonly pickSheetFirst: string;
  readonly noCandidateSheets: string;
  readonly noHeaders: string;
  readonly sameHeaderTwice: string;
  readonly nothingChosen: string;
  readonly save: string;
  readonly saving: string;
  readonly savedHeading: string;
  readonly savedIntro: string;
  readonly savedSheet: (formName: string, own: string) => string;
  readonly savedColumn: (formName: string, header: string, own: string) => string;
  readonly reset: string;
  readonly protectedWorkbook: string;
}

const vi: MappingStrings = {
  heading: "Khớp tiêu đề",
  intro:
    "Một số sheet hoặc cột của tệp không mang tên như biểu mẫu. Hãy chọn sheet và cột tương ứng; cách khớp được lưu trong tệp và dùng cho các lần kiểm tra sau, trên mọi máy.",
  sheetHeading: (formName, own) => (own ? `${formName} — sheet “${own}”` : formName),
  whichSheet: (formName) => `Sheet nào là “${formName}”?`,
  whichColumn: (header) => `Cột “${header}”`,
  choose: "— Chọn —",
  headerOption: (text, column) => `${text} (cột ${column})`,
  pickSheetFirst: "Chọn sheet trước để thấy các cột của sheet đó.",
  noCandidateSheets: "Tệp không còn sheet nào khác để chọn. Hãy thêm sheet này rồi kiểm tra lại.",
  noHeaders: "Không thấy tiêu đề nào trong 10 dòng đầu của sheet này.",
  sameHeaderTwice: "Cột này đã được chọn cho một mục khác.",
  nothingChosen: "Hãy chọn ít nhất một sheet hoặc một cột.",
  save: "Lưu và kiểm tra lại",
  saving: "Đang lưu cách khớp…",
  savedHeading: "Tiêu đề đã khớp",
  savedIntro: "Tệp này dùng cách khớp đã lưu:",
  savedSheet: (formName, own) => `${formName}: sheet “${own}”`,
  savedColumn: (formName, header, own) => `${formName} › ${header}: cột “${own}”`,
  reset: "Đặt lại",
  protectedWorkbook:
    "Cấu trúc bảng tính đang được bảo vệ nên không lưu được cách khớp. Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
};

const en: MappingStrings = {
  heading: "Match headers",
  intro:
    "Some sheets or columns of this file are not named as in the form. Pick the matching sheet and columns; the choice is saved in the file and used for every later check, on any computer.",
  sheetHeading: (formName, own) => (own ? `${formName} — sheet “${own}”` : formName),
  whichSheet: (formName) => `Which sheet is “${formName}”?`,
  whichColumn: (header) => `Column “${header}”`,
  choose: "— Choose —",
  headerOption: (text, column) => `${text} (column ${column})`,
  pickSheetFirst: "Pick the sheet first to see its columns.",
  noCandidateSheets: "The file has no other sheet to pick. Add this sheet, then validate again.",
  noHeaders: "No header text in the first 10 rows of this sheet.",
  sameHeaderTwice: "This column is already picked for another field.",
  nothingChosen: "Pick at least one sheet or column.",
  save: "Save and validate again",
  saving: "Saving the matching…",
  savedHeading: "Matched headers",
  savedIntro: "This file uses the saved matching:",
  savedSheet: (formName, own) => `${formName}: sheet “${own}”`,
  savedColumn: (formName, header, own) => `${formName} › ${header}: column “${own}”`,
  reset: "Reset",
  protectedWorkbook:
    "The workbook’s structure is protected, so the matching cannot be saved. Unprotect it (Review › Protect Workbook), then try again.",
};

export const MAPPING_STRINGS: Readonly<Record<Lang, MappingStrings>> = { vi, en };
