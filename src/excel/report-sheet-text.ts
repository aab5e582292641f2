import { committeeLabel, verdictText, type Lang } from "../core";

/** The words of the report sheet. Indicator titles, status and severity words, the verdict and the committee's name come from core (form/labels.ts). */
export interface ReportSheetText {
  readonly title: string;
  readonly workbook: string;
  readonly checkedAt: string;
  readonly verdict: string;
  readonly ready: string;
  readonly errorsToFix: (errors: number) => string;
  readonly goals: string;
  readonly goalsWorkbook: string;
  readonly goalsDefault: string;
  readonly indicators: string;
  readonly indicatorHeaders: readonly [string, string, string, string, string, string];
  readonly committee: string;
  readonly noIndicators: string;
  readonly findings: string;
  readonly findingHeaders: readonly [string, string, string, string, string];
  readonly noFindings: string;
  readonly protectedNotHighlighted: (sheets: string) => string;
  readonly highlightsCapped: (areas: number) => string;
  readonly highlightsOff: string;
}

export const REPORT_SHEET_TEXT: Readonly<Record<Lang, ReportSheetText>> = {
  vi: {
    title: "Committee Check — Kết quả kiểm tra biểu mẫu đảng bộ",
    workbook: "Bảng tính",
    checkedAt: "Thời điểm kiểm tra",
    verdict: "Kết luận",
    ready: verdictText(true, 0, "vi"),
    errorsToFix: (errors) => verdictText(false, errors, "vi"),
    goals: "Mục tiêu dùng để so sánh",
    goalsWorkbook: "Mục tiêu trong bảng tính (trang Mục tiêu)",
    goalsDefault: "Mục tiêu mặc định (bảng tính không có trang Mục tiêu)",
    indicators: "Chỉ số",
    indicatorHeaders: ["Chỉ số", "Phạm vi", "Giá trị", "Mục tiêu", "Trạng thái", "Còn thiếu"],
    committee: committeeLabel("vi"),
    noIndicators: "Không tính được chỉ số nào.",
    findings: "Các phát hiện",
    findingHeaders: ["Mức độ", "Trang tính", "Ô", "Mã", "Nội dung"],
    noFindings: "Không có phát hiện nào.",
    protectedNotHighlighted: (sheets) =>
      `Không tô màu được ô trên các trang đang được bảo vệ: ${sheets}. Bảng dưới đây vẫn liệt kê đủ các phát hiện.`,
    highlightsCapped: (areas) =>
      `Chỉ tô màu ${areas} vùng ô đầu tiên; bảng dưới đây liệt kê đủ các phát hiện.`,
    highlightsOff:
      "Phiên bản Excel này chưa hỗ trợ định dạng có điều kiện (ExcelApi 1.6), nên không tô màu ô nào để không làm thay đổi màu của bạn. Bảng dưới đây liệt kê đủ các phát hiện; bấm vào ô để đến nơi.",
  },
  en: {
    title: "Committee Check — Check report",
    workbook: "Workbook",
    checkedAt: "Checked at",
    verdict: "Verdict",
    ready: verdictText(true, 0, "en"),
    errorsToFix: (errors) => verdictText(false, errors, "en"),
    goals: "Goals compared against",
    goalsWorkbook: "The workbook's own goals (Goals sheet)",
    goalsDefault: "Default goals (the workbook has no Goals sheet)",
    indicators: "Indicators",
    indicatorHeaders: ["Indicator", "Scope", "Value", "Goal", "Status", "Needed"],
    committee: committeeLabel("en"),
    noIndicators: "No indicator could be computed.",
    findings: "Findings",
    findingHeaders: ["Severity", "Sheet", "Cell", "Code", "Message"],
    noFindings: "No findings.",
    protectedNotHighlighted: (sheets) =>
      `Cells were not highlighted on protected sheets: ${sheets}. The table below still lists every finding.`,
    highlightsCapped: (areas) =>
      `Only the first ${areas} areas were highlighted; the table below lists every finding.`,
    highlightsOff:
      "This Excel has no conditional formats (ExcelApi 1.6), so no cell was highlighted, to leave your own colours alone. The table below lists every finding; click a cell to go there.",
  },
};
