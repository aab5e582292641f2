import type { HostFeature, HostFeatureId, HostFeatures } from "../core";

/**
 * What the Excel we run in supports, asked once per requirement set (Office.context.requirements.isSetSupported),
 * and the features that follow from it. The manifest asks for ExcelApi 1.1 only (Excel 2016 without updates);
 * everything newer is used only where `supports` says yes:
 *
 * - 1.2: sheet protection status, column widths on the report sheet.
 * - 1.4: used ranges that may be empty (getUsedRangeOrNullObject), Workbook.settings, getItemOrNullObject —
 *   below it the used range comes from getUsedRange() and the language from Office's document settings.
 * - 1.6: conditional formats — the only way we highlight cells without touching the user's fills.
 * - 1.7: Range.hyperlink (else HYPERLINK formulas), Worksheet.onChanged (stale results), getRangeByIndexes,
 *   Workbook.protection and Workbook.name, freezePanes on inserted sheets.
 * - 1.8: dropdowns and whole-number rules on inserted sheets (Range.dataValidation).
 * - 1.9: page layout of the report sheet (A4, landscape, fit to one page wide, repeated header row).
 * - SharedRuntime 1.1: the ribbon's one-click validation without opening the pane first.
 */
export const EXCEL_API_MINORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type ExcelApiVersion = `1.${(typeof EXCEL_API_MINORS)[number]}`;

export interface Capabilities {
  /** The highest 1.x such that every ExcelApi set up to it is supported (1 at least: the manifest requires 1.1). */
  readonly excelApiMinor: number;
  readonly sharedRuntime: boolean;
  supports(version: ExcelApiVersion): boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

function minorOf(version: ExcelApiVersion): number {
  return Number(version.split(".")[1]);
}

export function capabilitiesAt(
  excelApiMinor: number,
  sharedRuntime = excelApiMinor >= 7
): Capabilities {
  return { excelApiMinor, sharedRuntime, supports: (version) => minorOf(version) <= excelApiMinor };
}

/** Every feature on: the default for code and tests that do not say otherwise. */
export const ALL_CAPABILITIES: Capabilities = capabilitiesAt(Number.MAX_SAFE_INTEGER, true);

function officeIsSetSupported(): IsSetSupported | undefined {
  try {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return requirements ? (name, version) => requirements.isSetSupported(name, version) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks each set once, lowest first, and stops at the first one missing (a host has all sets up to its level).
 * Without Office at all (tests, the preview) every feature is on.
 */
export function detectCapabilities(
  isSetSupported: IsSetSupported | undefined = officeIsSetSupported()
): Capabilities {
  if (!isSetSupported) return ALL_CAPABILITIES;
  const ask = (name: string, version: string): boolean => {
    try {
      return isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  let minor = 1;
  for (const next of EXCEL_API_MINORS.slice(1)) {
    if (!ask("ExcelApi", `1.${next}`)) break;
    minor = next;
  }
  return capabilitiesAt(minor, ask("SharedRuntime", "1.1"));
}

/** The sets each level-dependent feature needs. */
const NEEDS: Readonly<Record<HostFeatureId, ExcelApiVersion | "SharedRuntime">> = {
  read: "1.1",
  "report-sheet": "1.1",
  highlights: "1.6",
  links: "1.7",
  stale: "1.7",
  settings: "1.4",
  ribbon: "SharedRuntime",
  chart: "1.1",
  print: "1.9",
  dropdowns: "1.8",
  "form-tools": "1.4",
};

const LABELS: Readonly<Record<HostFeatureId, { vi: string; en: string }>> = {
  read: { vi: "Đọc và kiểm tra bảng tính", en: "Read and check the workbook" },
  "report-sheet": { vi: "Trang Kết quả kiểm tra", en: "The report sheet" },
  highlights: { vi: "Tô màu ô có lỗi", en: "Highlight the cells with findings" },
  links: { vi: "Liên kết từ trang kết quả đến ô", en: "Links from the report sheet to the cells" },
  stale: {
    vi: "Báo kết quả đã cũ khi sửa bảng tính",
    en: "Mark results out of date after an edit",
  },
  settings: {
    vi: "Nhớ ngôn ngữ và lần kiểm tra gần nhất",
    en: "Remember the language and the last check",
  },
  ribbon: { vi: "Nút Kiểm tra trên thanh công cụ", en: "One-click Validate on the ribbon" },
  chart: { vi: "Biểu đồ trên trang kết quả", en: "Chart on the report sheet" },
  print: { vi: "Trang kết quả sẵn sàng để in (A4)", en: "Report sheet ready to print (A4)" },
  dropdowns: {
    vi: "Danh sách chọn trong các trang mẫu chèn thêm",
    en: "Dropdowns in inserted standard sheets",
  },
  "form-tools": {
    vi: "Chèn trang mẫu, lưu mục tiêu và ghép tiêu đề",
    en: "Insert sheets, save goals and header matching",
  },
};

interface Detail {
  readonly vi: string;
  readonly en: string;
}

function offBecause(needs: string): Detail {
  return { vi: `Tắt: Excel này chưa có ${needs}.`, en: `Off: this Excel lacks ${needs}.` };
}

const ON: Detail = { vi: "Bật.", en: "On." };

/** How a feature works (or why it is off) at this level: the fallbacks are named, not just "off". */
function detailOf(id: HostFeatureId, on: boolean, needs: string): Detail {
  if (on) return ON;
  switch (id) {
    case "highlights":
      return {
        vi: `Tắt: Excel này chưa có ${needs}, mà tô màu bằng cách khác sẽ làm thay đổi màu của ô. Các lỗi vẫn có đủ trong ngăn này và trang kết quả.`,
        en: `Off: this Excel lacks ${needs}, and colouring cells any other way would change your own fills. Every finding is still in this pane and on the report sheet.`,
      };
    case "links":
      return {
        vi: `Thay thế: Excel này chưa có ${needs}, nên liên kết được ghi bằng công thức HYPERLINK.`,
        en: `Instead: this Excel lacks ${needs}, so links are written as HYPERLINK formulas.`,
      };
    case "stale":
      return {
        vi: `Tắt: Excel này chưa có ${needs}. Sau khi sửa bảng tính, hãy bấm Kiểm tra lại.`,
        en: `Off: this Excel lacks ${needs}. After editing the workbook, click Validate again.`,
      };
    case "settings":
      return {
        vi: `Thay thế: Excel này chưa có ${needs}, nên dùng cài đặt tài liệu của Office.`,
        en: `Instead: this Excel lacks ${needs}, so Office's document settings are used.`,
      };
    case "ribbon":
      return {
        vi: `Thay thế: Excel này chưa có ${needs}, nên nút Kiểm tra trên thanh công cụ kiểm tra rồi mở trang kết quả; ngăn này tự kiểm tra mỗi khi được mở bằng nút Kiểm tra hồ sơ.`,
        en: `Instead: this Excel lacks ${needs}, so the ribbon's Validate checks the workbook and opens the report sheet; this pane validates each time the Committee Check button opens it.`,
      };
    case "print":
      return {
        vi: `Tắt: Excel này chưa có ${needs}; hãy chọn khổ giấy khi in.`,
        en: `Off: this Excel lacks ${needs}; choose the paper size when printing.`,
      };
    default:
      return offBecause(needs);
  }
}

/** A feature that works differently rather than not at all: shown as on, with how. */
const HAS_FALLBACK: ReadonlySet<HostFeatureId> = new Set<HostFeatureId>([
  "links",
  "settings",
  "ribbon",
]);

export function featureOn(capabilities: Capabilities, id: HostFeatureId): boolean {
  const needs = NEEDS[id];
  return needs === "SharedRuntime" ? capabilities.sharedRuntime : capabilities.supports(needs);
}

export function describeFeatures(capabilities: Capabilities): HostFeatures {
  const minor = Math.min(capabilities.excelApiMinor, EXCEL_API_MINORS[EXCEL_API_MINORS.length - 1]);
  const features: HostFeature[] = (Object.keys(NEEDS) as HostFeatureId[]).map((id) => {
    const needs = NEEDS[id] === "SharedRuntime" ? "SharedRuntime 1.1" : `ExcelApi ${NEEDS[id]}`;
    const native = featureOn(capabilities, id);
    const fallback = !native && HAS_FALLBACK.has(id);
    return {
      id,
      on: native || fallback,
      ...(fallback ? { fallback } : {}),
      label: LABELS[id],
      detail: detailOf(id, native, needs),
      needs,
    };
  });
  return { apiLevel: `ExcelApi 1.${minor}`, features };
}
