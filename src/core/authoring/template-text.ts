/**
 * The words the standard workbook adds around the form's own headers: a title
 * per sheet, the heading of a list shown beside a table, and what Excel says
 * when a value breaks a dropdown or a whole-number rule.
 */
import type { SheetId } from "../form/form";
import type { Lang } from "../model/report";

const TITLES: Readonly<Record<SheetId, Readonly<Record<Lang, string>>>> = {
  units: {
    vi: "Tổ chức cơ sở đảng trực thuộc — mỗi tổ chức một dòng",
    en: "Grassroots party organisations — one row per organisation",
  },
  admissions: {
    vi: "Kết nạp đảng viên trong năm — mỗi tổ chức cơ sở đảng một dòng, đủ mọi tổ chức",
    en: "Members admitted in the year — one row for every grassroots organisation",
  },
  "village-heads": {
    vi: "Trưởng thôn, tổ dân phố là đảng viên — mỗi đảng bộ xã, phường, đặc khu hoặc chi bộ thôn, tổ dân phố một dòng",
    en: "Village and residential-group heads who are party members — one row per commune, ward or special-zone committee, or village cell",
  },
  "private-units": {
    vi: "Thành lập tổ chức đảng trong đơn vị kinh tế ngoài nhà nước — các tổ chức được giao chỉ tiêu",
    en: "Party organisations founded in private-sector units — the organisations given a target",
  },
  "leader-targets": {
    vi: "Chỉ tiêu giao người đứng đầu cơ quan, đơn vị — mỗi chỉ tiêu một dòng",
    en: "Targets assigned to heads of agencies and units — one row per target",
  },
  goals: {
    vi: "Mục tiêu cấp trên giao trong năm — sửa lại nếu năm nay khác",
    en: "Goals set by the level above for the year — change them if this year’s differ",
  },
  summary: {
    vi: "Số liệu báo cáo cấp trên — tự tính từ các sheet khác, không cần gõ",
    en: "Figures reported upward — computed from the other sheets, nothing to type",
  },
};

export function templateTitle(sheet: SheetId, lang: Lang): string {
  return TITLES[sheet][lang];
}

/** The heading of a list of allowed values kept beside a table (never a header the engine would take for a field). */
export function legendHeading(fieldHeader: string, lang: Lang): string {
  return lang === "vi" ? `Danh mục: ${fieldHeader}` : `List: ${fieldHeader}`;
}

export function wholeNumberMessage(min: number, lang: Lang): string {
  return lang === "vi"
    ? `Nhập số nguyên từ ${min} trở lên.`
    : `Enter a whole number of at least ${min}.`;
}

export function listMessage(lang: Lang): string {
  return lang === "vi" ? "Chọn một giá trị trong danh sách." : "Pick a value from the list.";
}

export function unitCodeMessage(unitsSheet: string, lang: Lang): string {
  return lang === "vi"
    ? `Chọn một mã có trong sheet “${unitsSheet}”.`
    : `Pick a code from the “${unitsSheet}” sheet.`;
}

/** The title of Excel's message box when a typed value breaks a dropdown or a whole-number rule. */
export function validationTitle(lang: Lang): string {
  return lang === "vi" ? "Kiểm tra số liệu" : "Committee Check";
}
