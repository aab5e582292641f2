/**
 * The committee workbook's form, as data (spec: "Sheets and fields"). Every
 * face reads these definitions: the engine to recognise sheets and headers,
 * the pane and the command line to name sheets and fields.
 */
import { normaliseHeader } from "../helpers/normalise";
import type { Goal, IndicatorId, Operator } from "../model/report";

export type SheetId =
  | "units"
  | "admissions"
  | "village-heads"
  | "private-units"
  | "leader-targets"
  | "goals"
  | "summary";

export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/**
 * - text: free text (a code typed as a number is read as its digits).
 * - count: whole number ≥ 0.
 * - number: any number.
 * - rate: a percentage 0–100 (or more for attainment); a percentage-formatted cell is read ×100.
 * - enum: one of `values`, by id or either label.
 */
export type FieldKind = "text" | "count" | "number" | "rate" | "enum";

export interface EnumValue {
  readonly id: string;
  readonly labels?: Bilingual;
  /** Other spellings accepted (compared after normaliseHeader). */
  readonly aliases?: ReadonlyArray<string>;
}

export interface FieldDef {
  readonly id: string;
  readonly headers: Bilingual;
  readonly kind: FieldKind;
  /** False for the spec's `?` fields: the column may be absent. */
  readonly requiredColumn: boolean;
  /** A blank cell in this column is `required-cell`. */
  readonly requiredCell: boolean;
  /** Bounds beyond the kind's own (count ≥ 0 is `negative`, these are `out-of-range`). */
  readonly min?: number;
  readonly max?: number;
  readonly values?: ReadonlyArray<EnumValue>;
  /**
   * Other headers staff write for this field (longer or shorter names), compared like the standard ones
   * (header-key.ts: normalised, abbreviations written out). The engine, the pane's header matching and
   * the template read this one list.
   */
  readonly aliases?: ReadonlyArray<string>;
}

export interface SheetDef {
  readonly id: SheetId;
  readonly names: Bilingual;
  readonly required: boolean;
  readonly fields: ReadonlyArray<FieldDef>;
  /** Other names of the sheet (regional names, abbreviations), compared like the standard ones. */
  readonly aliases?: ReadonlyArray<string>;
}

/**
 * Abbreviations in headers and sheet names, written out before comparing (spec: headers as staff write
 * them). Whole words only, after normalising: `Số ĐV` is `Số đảng viên`, `Số thôn, TDP` `Số thôn, tổ dân phố`.
 */
export const HEADER_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["ĐV", "đảng viên"],
  ["TDP", "tổ dân phố"],
  ["TCCS", "tổ chức cơ sở"],
  ["TCĐ", "tổ chức đảng"],
  ["TCCSĐ", "tổ chức cơ sở đảng"],
  ["CB", "chi bộ"],
  ["ĐB", "đảng bộ"],
  ["SL", "số lượng"],
];

function field(
  id: string,
  en: string,
  vi: string,
  kind: FieldKind,
  rest: Partial<Omit<FieldDef, "id" | "headers" | "kind">> = {}
): FieldDef {
  return { id, headers: { en, vi }, kind, requiredColumn: true, requiredCell: true, ...rest };
}

export const UNIT_TYPES: ReadonlyArray<EnumValue> = [
  {
    id: "commune",
    labels: { en: "Commune, ward or special-zone committee", vi: "Đảng bộ xã, phường, đặc khu" },
    // The committees since the 2025 reform, and the former town (thị trấn) labels.
    aliases: [
      "Đảng bộ xã",
      "Đảng bộ phường",
      "Đảng bộ đặc khu",
      "Đảng bộ thị trấn",
      "Đảng bộ xã, thị trấn",
      "Đảng bộ xã, phường, thị trấn",
      "Đảng bộ xã, phường",
      "Commune or town committee",
      "Commune committee",
      "Ward committee",
    ],
  },
  {
    id: "village",
    labels: { en: "Village or residential-group cell", vi: "Chi bộ thôn, tổ dân phố" },
    // Villages have regional names (spec): thôn, ấp, bản, buôn, xóm, làng, tổ dân phố, khu phố, khối phố, khu dân cư.
    aliases: [
      "Chi bộ thôn",
      "Chi bộ ấp",
      "Chi bộ bản",
      "Chi bộ buôn",
      "Chi bộ xóm",
      "Chi bộ làng",
      "Chi bộ tổ dân phố",
      "Chi bộ khu phố",
      "Chi bộ khối phố",
      "Chi bộ khu dân cư",
      "Chi bộ thôn, bản",
      "Chi bộ ấp, khu phố",
      "Chi bộ thôn, xóm",
      "Chi bộ khóm",
      "Village cell",
      "Residential-group cell",
    ],
  },
  { id: "agency", labels: { en: "Agency committee", vi: "Đảng bộ cơ quan" } },
  { id: "cell", labels: { en: "Directly subordinate cell", vi: "Chi bộ trực thuộc" } },
];

/**
 * Labels that head a group of rows in a real form without a marker (`Đảng bộ xã, phường, đặc khu`):
 * the unit types' labels and aliases, and these, compared after normaliseHeader (a leading `Các` dropped).
 */
export const GROUP_HEADINGS: ReadonlyArray<string> = [
  "Khối xã, phường, đặc khu",
  "Khối cơ quan",
  "Khối doanh nghiệp",
  "Khối đảng, đoàn thể",
  "Khối chính quyền",
  "Khối lực lượng vũ trang",
  "Chi bộ thôn, tổ dân phố",
  "Các chi bộ trực thuộc",
  "Đảng bộ cơ sở",
  "Chi bộ cơ sở",
];

let groupLabelSet: Set<string> | null = null;

/** GROUP_HEADINGS and the unit types' labels, normalised (normaliseHeader). */
export function groupLabels(): ReadonlySet<string> {
  if (!groupLabelSet) {
    groupLabelSet = new Set();
    const texts = [...GROUP_HEADINGS];
    for (const type of UNIT_TYPES)
      texts.push(...(type.labels ? [type.labels.vi, type.labels.en] : []), ...(type.aliases ?? []));
    for (const text of texts) groupLabelSet.add(normaliseHeader(text).replace(/^cac /, ""));
  }
  return groupLabelSet;
}

export const DIRECTIONS: ReadonlyArray<EnumValue> = [
  { id: "higher", labels: { en: "Higher is better", vi: "Cao hơn là tốt" } },
  { id: "lower", labels: { en: "Lower is better", vi: "Thấp hơn là tốt" } },
];

/** The goal operators in the spec's order, each with the symbol people read (`≥`), which is also accepted as typed. */
export const OPERATORS: ReadonlyArray<
  EnumValue & { readonly id: Operator; readonly symbol: string }
> = [
  { id: ">", symbol: ">" },
  { id: ">=", symbol: "≥", aliases: ["≥"] },
  { id: "=", symbol: "=" },
  { id: "<=", symbol: "≤", aliases: ["≤"] },
  { id: "<", symbol: "<" },
];

export type GoalScope = "committee" | "each-unit";

export const GOAL_SCOPES: ReadonlyArray<EnumValue & { readonly id: GoalScope }> = [
  { id: "committee", labels: { en: "Committee", vi: "Toàn đảng bộ" } },
  { id: "each-unit", labels: { en: "Each unit", vi: "Từng đơn vị" } },
];

/**
 * Everything about one indicator except its computation (indicators/indicators.ts). Adding an indicator is one
 * record here (the compiler asks for it once the id is in `IndicatorId`) and its computation.
 */
export interface IndicatorDef {
  readonly id: IndicatorId;
  /** Its name on every face (pane, report sheet, command line, goals sheet). */
  readonly title: Bilingual;
  /** What more of would meet a goal, in a shortfall message: "Cần thêm 3 {vi}", "{en}: 3 more would meet it". */
  readonly noun: Bilingual;
  /** `percent`: a rate (`93,08 %`); `points`: a change of rate in percentage points (`+8,46 điểm %`). */
  readonly unit: "percent" | "points";
  /** The sheet its figures come from (where its goal-shortfall findings go). */
  readonly sheet: SheetId;
  /** The goal scopes it is computed for: the committee total and/or each unit (each row for leader targets). */
  readonly scopes: ReadonlyArray<GoalScope>;
  /** What an `each-unit` result is about: a unit (its code) or a leader-target row (its result cell). */
  readonly each: "unit" | "row";
  /**
   * Whether `needed` counts whole items added to the numerator: `always`, `never` (points), or `whole` (only for
   * a higher-is-better row whose target and result are whole numbers).
   */
  readonly countBased: "always" | "never" | "whole";
  /** The field whose cell a per-unit or per-row shortfall points at. */
  readonly numeratorField: string;
  /** The spec's default goal, and its place in the spec's list of default goals. */
  readonly defaultGoal?: { readonly scope: GoalScope; readonly goal: Goal; readonly order: number };
}

export const INDICATOR_DEFS = {
  "admission-attainment": {
    id: "admission-attainment",
    title: {
      vi: "Tỷ lệ đạt chỉ tiêu kết nạp đảng viên",
      en: "New-member admissions against target",
    },
    noun: { vi: "đảng viên được kết nạp", en: "Members admitted" },
    unit: "percent",
    sheet: "admissions",
    scopes: ["committee", "each-unit"],
    each: "unit",
    countBased: "always",
    numeratorField: "admitted",
    defaultGoal: { scope: "committee", goal: { operator: ">=", value: 100 }, order: 2 },
  },
  "village-head-rate": {
    id: "village-head-rate",
    title: {
      vi: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên",
      en: "Village and group heads who are party members",
    },
    noun: { vi: "trưởng thôn, tổ dân phố là đảng viên", en: "Heads who are members" },
    unit: "percent",
    sheet: "village-heads",
    scopes: ["committee", "each-unit"],
    each: "unit",
    countBased: "always",
    numeratorField: "members_now",
    defaultGoal: { scope: "committee", goal: { operator: ">", value: 90 }, order: 1 },
  },
  "village-head-rate-change": {
    id: "village-head-rate-change",
    title: {
      vi: "Thay đổi tỷ lệ trưởng thôn là đảng viên trong năm",
      en: "Change in the village-head rate over the year",
    },
    noun: { vi: "trưởng thôn, tổ dân phố là đảng viên", en: "Heads who are members" },
    unit: "points",
    sheet: "village-heads",
    scopes: ["committee", "each-unit"],
    each: "unit",
    countBased: "never",
    numeratorField: "members_now",
  },
  "private-units-attainment": {
    id: "private-units-attainment",
    title: {
      vi: "Tỷ lệ đạt chỉ tiêu thành lập tổ chức đảng ngoài nhà nước",
      en: "Private-sector organisations founded against target",
    },
    noun: { vi: "tổ chức đảng được thành lập", en: "Organisations established" },
    unit: "percent",
    sheet: "private-units",
    scopes: ["committee", "each-unit"],
    each: "unit",
    countBased: "always",
    numeratorField: "established",
    defaultGoal: { scope: "committee", goal: { operator: ">=", value: 100 }, order: 3 },
  },
  "leader-target-attainment": {
    id: "leader-target-attainment",
    title: { vi: "Mức đạt chỉ tiêu giao người đứng đầu", en: "Leader target attainment" },
    noun: { vi: "vào kết quả", en: "Result" },
    unit: "percent",
    sheet: "leader-targets",
    scopes: ["each-unit"],
    each: "row",
    countBased: "whole",
    numeratorField: "actual",
    defaultGoal: { scope: "each-unit", goal: { operator: ">=", value: 100 }, order: 4 },
  },
  "leader-targets-met": {
    id: "leader-targets-met",
    title: { vi: "Tỷ lệ chỉ tiêu người đứng đầu đã đạt", en: "Share of leader targets met" },
    noun: { vi: "chỉ tiêu đạt", en: "Targets met" },
    unit: "percent",
    sheet: "leader-targets",
    scopes: ["committee"],
    each: "unit",
    countBased: "always",
    numeratorField: "actual",
  },
} as const satisfies { readonly [K in IndicatorId]: IndicatorDef & { readonly id: K } };

/** The indicators in the spec's order. */
export const INDICATORS: ReadonlyArray<IndicatorDef> = Object.values(INDICATOR_DEFS);

export const INDICATOR_IDS: ReadonlyArray<IndicatorId> = INDICATORS.map(
  (indicator) => indicator.id
);

export function indicatorDef(id: IndicatorId): IndicatorDef {
  return INDICATOR_DEFS[id];
}

/** The one scope rule: the scopes a goal for this indicator may have (leader-target attainment: each unit only; leader targets met: committee only). */
export function scopesFor(indicator: IndicatorId): GoalScope[] {
  return INDICATOR_DEFS[indicator]?.scopes.slice() ?? [];
}

/** Goals name an indicator by id (what a message lists), or by its title in either language. */
export const INDICATOR_VALUES: ReadonlyArray<EnumValue> = INDICATORS.map((indicator) => ({
  id: indicator.id,
  aliases: [indicator.title.en, indicator.title.vi],
}));

export const SHEETS: Readonly<Record<SheetId, SheetDef>> = {
  units: {
    id: "units",
    names: { en: "Units", vi: "Tổ chức cơ sở đảng" },
    aliases: [
      "TCCS đảng",
      "Tổ chức cơ sở",
      "Danh sách tổ chức cơ sở đảng",
      "Grassroots organisations",
    ],
    required: true,
    fields: [
      field("code", "Code", "Mã", "text", {
        aliases: ["Mã số", "Mã đơn vị", "Mã TCCS", "Mã TCCS đảng", "Mã tổ chức", "Mã tổ chức đảng"],
      }),
      field("name", "Name", "Tên tổ chức", "text", {
        aliases: [
          "Tên tổ chức cơ sở đảng",
          "Tên TCCS đảng",
          "Tên TCCS",
          "Tên đơn vị",
          "Tên tổ chức đảng",
          "Tên đảng bộ, chi bộ",
          "Tên chi bộ, đảng bộ",
          "Tên cơ sở đảng",
          "Đơn vị",
          "Unit",
        ],
      }),
      field("type", "Type", "Loại hình", "enum", {
        values: UNIT_TYPES,
        aliases: [
          "Loại hình tổ chức",
          "Loại hình TCCS",
          "Loại hình tổ chức cơ sở đảng",
          "Loại",
          "Loại tổ chức",
        ],
      }),
      field("members", "Party members", "Số đảng viên", "count", {
        aliases: [
          "Tổng số đảng viên",
          "Tổng số",
          "Đảng viên",
          "SL đảng viên",
          "Số lượng đảng viên",
          "Tổng số đảng viên hiện có",
          "Members",
        ],
      }),
    ],
  },
  admissions: {
    id: "admissions",
    names: { en: "Admissions", vi: "Kết nạp đảng viên" },
    aliases: ["Kết nạp", "Kết nạp đảng viên mới", "Phát triển đảng viên"],
    required: true,
    fields: [
      field("code", "Code", "Mã", "text", {
        aliases: ["Mã số", "Mã đơn vị", "Mã TCCS", "Mã tổ chức"],
      }),
      field("target", "Target", "Chỉ tiêu", "count", {
        aliases: ["Chỉ tiêu kết nạp", "Chỉ tiêu giao", "Chỉ tiêu được giao", "Chỉ tiêu năm"],
      }),
      field("admitted", "Admitted", "Đã kết nạp", "count", {
        aliases: [
          "Số đã kết nạp",
          "Số kết nạp",
          "Kết quả kết nạp",
          "Số đảng viên được kết nạp",
          "Số đảng viên mới kết nạp",
          "Kết nạp được",
          "Thực hiện",
        ],
      }),
      field("attainment", "Attainment %", "Tỷ lệ đạt (%)", "rate", {
        requiredColumn: false,
        requiredCell: false,
        min: 0,
        aliases: [
          "Tỷ lệ đạt",
          "Tỷ lệ đạt %",
          "Tỷ lệ (%)",
          "Tỷ lệ %",
          "Tỷ lệ",
          "Tỷ lệ hoàn thành (%)",
          "Tỷ lệ hoàn thành",
          "Đạt (%)",
        ],
      }),
    ],
  },
  "village-heads": {
    id: "village-heads",
    names: { en: "Village heads", vi: "Trưởng thôn, tổ dân phố" },
    // The regional names (spec): thôn, ấp, bản, buôn, xóm, làng, tổ dân phố, khu phố, khối phố, khu dân cư.
    aliases: [
      "Trưởng thôn, ấp, bản, tổ dân phố",
      "Trưởng ấp, khu phố",
      "Trưởng bản",
      "Trưởng thôn",
      "Trưởng ấp",
      "Trưởng thôn, bản, tổ dân phố",
      "Trưởng thôn, bản, buôn, tổ dân phố",
      "Trưởng thôn, xóm, tổ dân phố",
      "Trưởng thôn, làng, tổ dân phố",
      "Trưởng ấp, khóm",
      "Trưởng khu phố",
      "Trưởng thôn, khu phố",
      "Trưởng thôn, khối phố",
      "Trưởng khu dân cư",
      "Trưởng thôn, khu dân cư",
      "Trưởng thôn, tổ",
      "Village and group heads",
    ],
    required: true,
    fields: [
      field("code", "Code", "Mã", "text", {
        aliases: ["Mã số", "Mã đơn vị", "Mã TCCS", "Mã tổ chức"],
      }),
      field("groups", "Villages and residential groups", "Số thôn, tổ dân phố", "count", {
        min: 1,
        aliases: [
          "Tổng số thôn, tổ dân phố",
          "Số thôn, ấp, bản, tổ dân phố",
          "Số thôn, bản, tổ dân phố",
          "Số thôn, bản, buôn, tổ dân phố",
          "Số thôn, xóm, tổ dân phố",
          "Số ấp, khu phố",
          "Số thôn, khu phố",
          "Số thôn, khối phố",
          "Số thôn, khu dân cư",
          "Số thôn, tổ",
          "Số thôn",
          "Số ấp",
          "Số bản",
          "Tổng số thôn",
          "Số thôn, làng, tổ dân phố",
          "Villages",
        ],
      }),
      field(
        "members_start",
        "Heads who are members, start of year",
        "Là đảng viên đầu năm",
        "count",
        {
          aliases: [
            "Là đảng viên (đầu năm)",
            "Trưởng thôn là đảng viên đầu năm",
            "Trưởng thôn, tổ dân phố là đảng viên đầu năm",
            "Số trưởng thôn, tổ dân phố là đảng viên đầu năm",
            "Số trưởng thôn là đảng viên đầu năm",
            "Đảng viên đầu năm",
            "Đầu năm là đảng viên",
          ],
        }
      ),
      field("members_now", "Heads who are members, now", "Là đảng viên hiện nay", "count", {
        aliases: [
          "Là đảng viên (hiện nay)",
          "Trưởng thôn là đảng viên hiện nay",
          "Trưởng thôn, tổ dân phố là đảng viên hiện nay",
          "Số trưởng thôn, tổ dân phố là đảng viên hiện nay",
          "Số trưởng thôn là đảng viên hiện nay",
          "Đảng viên hiện nay",
          "Hiện nay là đảng viên",
          "Là đảng viên cuối năm",
          "Là đảng viên hiện tại",
        ],
      }),
      field("rate", "Rate %", "Tỷ lệ (%)", "rate", {
        requiredColumn: false,
        requiredCell: false,
        min: 0,
        max: 100,
        aliases: [
          "Tỷ lệ",
          "Tỷ lệ %",
          "Tỷ lệ là đảng viên (%)",
          "Tỷ lệ là đảng viên",
          "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên (%)",
          "Tỷ lệ hiện nay (%)",
          "Là đảng viên tỷ lệ (%)",
        ],
      }),
    ],
  },
  "private-units": {
    id: "private-units",
    names: { en: "Private-sector organisations", vi: "Tổ chức đảng ngoài nhà nước" },
    required: false,
    fields: [
      field("code", "Code", "Mã", "text", {
        aliases: ["Mã số", "Mã đơn vị", "Mã TCCS", "Mã tổ chức"],
      }),
      field("target", "Target", "Chỉ tiêu", "count", {
        aliases: ["Chỉ tiêu thành lập", "Chỉ tiêu giao", "Chỉ tiêu được giao"],
      }),
      field("established", "Established", "Đã thành lập", "count", {
        aliases: [
          "Số đã thành lập",
          "Kết quả thành lập",
          "Thành lập được",
          "Số tổ chức đảng đã thành lập",
          "Thực hiện",
        ],
      }),
    ],
  },
  "leader-targets": {
    id: "leader-targets",
    names: { en: "Leader targets", vi: "Giao chỉ tiêu người đứng đầu" },
    required: false,
    fields: [
      field("leader", "Leader", "Người đứng đầu", "text", {
        aliases: [
          "Họ và tên",
          "Họ tên",
          "Họ và tên người đứng đầu",
          "Người đứng đầu cơ quan, đơn vị",
        ],
      }),
      field("position", "Position", "Chức vụ", "text", {
        requiredColumn: false,
        requiredCell: false,
        aliases: ["Chức danh", "Chức vụ, đơn vị công tác"],
      }),
      field("code", "Unit code", "Mã đơn vị", "text", {
        aliases: ["Mã", "Mã số", "Mã TCCS", "Code"],
      }),
      field("indicator", "Indicator", "Chỉ tiêu", "text", {
        aliases: ["Nội dung chỉ tiêu", "Tên chỉ tiêu", "Chỉ tiêu được giao"],
      }),
      field("target", "Target", "Mục tiêu", "number", {
        aliases: ["Mức chỉ tiêu", "Chỉ tiêu giao (số)", "Kế hoạch"],
      }),
      field("actual", "Result", "Kết quả", "number", {
        requiredCell: false,
        aliases: ["Kết quả thực hiện", "Thực hiện", "Kết quả đạt được"],
      }),
      field("direction", "Direction", "Chiều", "enum", {
        requiredColumn: false,
        requiredCell: false,
        values: DIRECTIONS,
      }),
    ],
  },
  goals: {
    id: "goals",
    names: { en: "Goals", vi: "Mục tiêu" },
    required: false,
    fields: [
      field("indicator", "Indicator", "Chỉ số", "enum", { values: INDICATOR_VALUES }),
      field("operator", "Operator", "Điều kiện", "enum", { values: OPERATORS }),
      // A goal value is a percentage (or points); `90 %` and a percentage-formatted 0.9 both mean 90.
      field("value", "Value", "Giá trị", "rate"),
      field("scope", "Scope", "Phạm vi", "enum", { values: GOAL_SCOPES }),
    ],
  },
  summary: {
    id: "summary",
    names: { en: "Summary", vi: "Tổng hợp" },
    aliases: ["Tổng hợp số liệu", "Biểu tổng hợp"],
    required: false,
    fields: [
      field("item", "Item", "Nội dung", "text"),
      // Read as a plain number here; the summary rule applies each item's own rule (count or rate).
      field("value", "Value", "Số liệu", "rate", { requiredCell: false }),
    ],
  },
};

/** Sheet ids in the spec's order (also the order of missing-sheet findings). */
export const SHEET_IDS: ReadonlyArray<SheetId> = [
  "units",
  "admissions",
  "village-heads",
  "private-units",
  "leader-targets",
  "goals",
  "summary",
];

/** Fields that are totalled in a totals row: counts, and rates recomputed from the totals. */
export interface RateOfSums {
  readonly rate: string;
  readonly numerator: string;
  readonly denominator: string;
}

export const RATES_OF_SUMS: Partial<Record<SheetId, RateOfSums>> = {
  admissions: { rate: "attainment", numerator: "admitted", denominator: "target" },
  "village-heads": { rate: "rate", numerator: "members_now", denominator: "groups" },
};

export type SummaryItemId =
  | "units"
  | "units_commune"
  | "units_village"
  | "units_agency"
  | "units_cell"
  | "members"
  | "admitted"
  | "admission_target"
  | "village_heads"
  | "village_heads_members"
  | "village-head-rate"
  | "committee"
  | "committee_code"
  | "year";

export interface SummaryItemDef {
  readonly id: SummaryItemId;
  readonly labels: Bilingual;
  /** Counts must match exactly; a rate within 0.05; text (the committee, its code, the year) is recognised, never compared. */
  readonly kind: "count" | "rate" | "text";
  /** Labels of earlier versions of the form, still recognised. */
  readonly aliases?: ReadonlyArray<string>;
}

export const SUMMARY_ITEMS: ReadonlyArray<SummaryItemDef> = [
  {
    id: "units",
    labels: { en: "Grassroots organisations", vi: "Số tổ chức cơ sở đảng" },
    kind: "count",
  },
  {
    id: "units_commune",
    labels: {
      en: "Commune, ward and special-zone committees",
      vi: "Số đảng bộ xã, phường, đặc khu",
    },
    kind: "count",
    aliases: [
      "Số đảng bộ xã, thị trấn",
      "Commune and town committees",
      "Số đảng bộ xã, phường, thị trấn",
    ],
  },
  {
    id: "units_village",
    labels: { en: "Village and residential-group cells", vi: "Số chi bộ thôn, tổ dân phố" },
    kind: "count",
  },
  {
    id: "units_agency",
    labels: { en: "Agency committees", vi: "Số đảng bộ cơ quan" },
    kind: "count",
  },
  {
    id: "units_cell",
    labels: { en: "Directly subordinate cells", vi: "Số chi bộ trực thuộc" },
    kind: "count",
  },
  { id: "members", labels: { en: "Party members", vi: "Số đảng viên" }, kind: "count" },
  {
    id: "admitted",
    labels: { en: "Members admitted", vi: "Số đảng viên được kết nạp" },
    kind: "count",
  },
  {
    id: "admission_target",
    labels: { en: "Admission target", vi: "Chỉ tiêu kết nạp" },
    kind: "count",
  },
  {
    id: "village_heads",
    labels: { en: "Villages and residential groups", vi: "Số thôn, tổ dân phố" },
    kind: "count",
  },
  {
    id: "village_heads_members",
    labels: { en: "Heads who are party members", vi: "Số trưởng thôn, tổ dân phố là đảng viên" },
    kind: "count",
  },
  {
    id: "village-head-rate",
    labels: { en: "Village-head rate %", vi: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên (%)" },
    kind: "rate",
  },
  {
    id: "committee",
    labels: { en: "Committee", vi: "Tên cấp ủy" },
    kind: "text",
    aliases: ["Cấp ủy", "Tên đảng bộ", "Đảng bộ"],
  },
  {
    id: "committee_code",
    labels: { en: "Committee code", vi: "Mã cấp ủy" },
    kind: "text",
    aliases: ["Mã đảng bộ"],
  },
  { id: "year", labels: { en: "Year", vi: "Năm" }, kind: "text", aliases: ["Năm báo cáo"] },
];

export function fieldDef(sheet: SheetId, fieldId: string): FieldDef | undefined {
  return SHEETS[sheet].fields.find((candidate) => candidate.id === fieldId);
}
