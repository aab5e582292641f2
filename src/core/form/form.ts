/**
 * The committee workbook's form, as data (spec: "Sheets and fields"). Every
 * face reads these definitions: the engine to recognise sheets and headers,
 * the pane and the command line to name sheets and fields.
 */
import type { Goal, IndicatorId, Operator } from '../model/report';

export type SheetId = 'units' | 'admissions' | 'village-heads' | 'private-units' | 'leader-targets' | 'goals' | 'summary';

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
export type FieldKind = 'text' | 'count' | 'number' | 'rate' | 'enum';

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
}

export interface SheetDef {
  readonly id: SheetId;
  readonly names: Bilingual;
  readonly required: boolean;
  readonly fields: ReadonlyArray<FieldDef>;
}

function field(id: string, en: string, vi: string, kind: FieldKind, rest: Partial<Omit<FieldDef, 'id' | 'headers' | 'kind'>> = {}): FieldDef {
  return { id, headers: { en, vi }, kind, requiredColumn: true, requiredCell: true, ...rest };
}

export const UNIT_TYPES: ReadonlyArray<EnumValue> = [
  { id: 'commune', labels: { en: 'Commune or town committee', vi: 'Đảng bộ xã, thị trấn' } },
  { id: 'agency', labels: { en: 'Agency committee', vi: 'Đảng bộ cơ quan' } },
  { id: 'cell', labels: { en: 'Directly subordinate cell', vi: 'Chi bộ trực thuộc' } },
];

export const DIRECTIONS: ReadonlyArray<EnumValue> = [
  { id: 'higher', labels: { en: 'Higher is better', vi: 'Cao hơn là tốt' } },
  { id: 'lower', labels: { en: 'Lower is better', vi: 'Thấp hơn là tốt' } },
];

/** The goal operators in the spec's order, each with the symbol people read (`≥`), which is also accepted as typed. */
export const OPERATORS: ReadonlyArray<EnumValue & { readonly id: Operator; readonly symbol: string }> = [
  { id: '>', symbol: '>' },
  { id: '>=', symbol: '≥', aliases: ['≥'] },
  { id: '=', symbol: '=' },
  { id: '<=', symbol: '≤', aliases: ['≤'] },
  { id: '<', symbol: '<' },
];

export type GoalScope = 'committee' | 'each-unit';

export const GOAL_SCOPES: ReadonlyArray<EnumValue & { readonly id: GoalScope }> = [
  { id: 'committee', labels: { en: 'Committee', vi: 'Toàn đảng bộ' } },
  { id: 'each-unit', labels: { en: 'Each unit', vi: 'Từng đơn vị' } },
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
  readonly unit: 'percent' | 'points';
  /** The sheet its figures come from (where its goal-shortfall findings go). */
  readonly sheet: SheetId;
  /** The goal scopes it is computed for: the committee total and/or each unit (each row for leader targets). */
  readonly scopes: ReadonlyArray<GoalScope>;
  /** What an `each-unit` result is about: a unit (its code) or a leader-target row (its result cell). */
  readonly each: 'unit' | 'row';
  /**
   * Whether `needed` counts whole items added to the numerator: `always`, `never` (points), or `whole` (only for
   * a higher-is-better row whose target and result are whole numbers).
   */
  readonly countBased: 'always' | 'never' | 'whole';
  /** The field whose cell a per-unit or per-row shortfall points at. */
  readonly numeratorField: string;
  /** The spec's default goal, and its place in the spec's list of default goals. */
  readonly defaultGoal?: { readonly scope: GoalScope; readonly goal: Goal; readonly order: number };
}

export const INDICATOR_DEFS = {
  'admission-attainment': {
    id: 'admission-attainment',
    title: { vi: 'Tỷ lệ đạt chỉ tiêu kết nạp đảng viên', en: 'New-member admissions against target' },
    noun: { vi: 'đảng viên được kết nạp', en: 'Members admitted' },
    unit: 'percent',
    sheet: 'admissions',
    scopes: ['committee', 'each-unit'],
    each: 'unit',
    countBased: 'always',
    numeratorField: 'admitted',
    defaultGoal: { scope: 'committee', goal: { operator: '>=', value: 100 }, order: 2 },
  },
  'village-head-rate': {
    id: 'village-head-rate',
    title: { vi: 'Tỷ lệ trưởng thôn, tổ dân phố là đảng viên', en: 'Village and group heads who are party members' },
    noun: { vi: 'trưởng thôn, tổ dân phố là đảng viên', en: 'Heads who are members' },
    unit: 'percent',
    sheet: 'village-heads',
    scopes: ['committee', 'each-unit'],
    each: 'unit',
    countBased: 'always',
    numeratorField: 'members_now',
    defaultGoal: { scope: 'committee', goal: { operator: '>', value: 90 }, order: 1 },
  },
  'village-head-rate-change': {
    id: 'village-head-rate-change',
    title: { vi: 'Thay đổi tỷ lệ trưởng thôn là đảng viên trong năm', en: 'Change in the village-head rate over the year' },
    noun: { vi: 'trưởng thôn, tổ dân phố là đảng viên', en: 'Heads who are members' },
    unit: 'points',
    sheet: 'village-heads',
    scopes: ['committee', 'each-unit'],
    each: 'unit',
    countBased: 'never',
    numeratorField: 'members_now',
  },
  'private-units-attainment': {
    id: 'private-units-attainment',
    title: { vi: 'Tỷ lệ đạt chỉ tiêu thành lập tổ chức đảng ngoài nhà nước', en: 'Private-sector organisations founded against target' },
    noun: { vi: 'tổ chức đảng được thành lập', en: 'Organisations established' },
    unit: 'percent',
    sheet: 'private-units',
    scopes: ['committee', 'each-unit'],
    each: 'unit',
    countBased: 'always',
    numeratorField: 'established',
    defaultGoal: { scope: 'committee', goal: { operator: '>=', value: 100 }, order: 3 },
  },
  'leader-target-attainment': {
    id: 'leader-target-attainment',
    title: { vi: 'Mức đạt chỉ tiêu giao người đứng đầu', en: 'Leader target attainment' },
    noun: { vi: 'vào kết quả', en: 'Result' },
    unit: 'percent',
    sheet: 'leader-targets',
    scopes: ['each-unit'],
    each: 'row',
    countBased: 'whole',
    numeratorField: 'actual',
    defaultGoal: { scope: 'each-unit', goal: { operator: '>=', value: 100 }, order: 4 },
  },
  'leader-targets-met': {
    id: 'leader-targets-met',
    title: { vi: 'Tỷ lệ chỉ tiêu người đứng đầu đã đạt', en: 'Share of leader targets met' },
    noun: { vi: 'chỉ tiêu đạt', en: 'Targets met' },
    unit: 'percent',
    sheet: 'leader-targets',
    scopes: ['committee'],
    each: 'unit',
    countBased: 'always',
    numeratorField: 'actual',
  },
} as const satisfies { readonly [K in IndicatorId]: IndicatorDef & { readonly id: K } };

/** The indicators in the spec's order. */
export const INDICATORS: ReadonlyArray<IndicatorDef> = Object.values(INDICATOR_DEFS);

export const INDICATOR_IDS: ReadonlyArray<IndicatorId> = INDICATORS.map((indicator) => indicator.id);

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
    id: 'units',
    names: { en: 'Units', vi: 'Tổ chức cơ sở đảng' },
    required: true,
    fields: [
      field('code', 'Code', 'Mã', 'text'),
      field('name', 'Name', 'Tên tổ chức', 'text'),
      field('type', 'Type', 'Loại hình', 'enum', { values: UNIT_TYPES }),
      field('members', 'Party members', 'Số đảng viên', 'count'),
    ],
  },
  admissions: {
    id: 'admissions',
    names: { en: 'Admissions', vi: 'Kết nạp đảng viên' },
    required: true,
    fields: [
      field('code', 'Code', 'Mã', 'text'),
      field('target', 'Target', 'Chỉ tiêu', 'count'),
      field('admitted', 'Admitted', 'Đã kết nạp', 'count'),
      field('attainment', 'Attainment %', 'Tỷ lệ đạt (%)', 'rate', { requiredColumn: false, requiredCell: false, min: 0 }),
    ],
  },
  'village-heads': {
    id: 'village-heads',
    names: { en: 'Village heads', vi: 'Trưởng thôn, tổ dân phố' },
    required: true,
    fields: [
      field('code', 'Code', 'Mã', 'text'),
      field('groups', 'Villages and residential groups', 'Số thôn, tổ dân phố', 'count', { min: 1 }),
      field('members_start', 'Heads who are members, start of year', 'Là đảng viên đầu năm', 'count'),
      field('members_now', 'Heads who are members, now', 'Là đảng viên hiện nay', 'count'),
      field('rate', 'Rate %', 'Tỷ lệ (%)', 'rate', { requiredColumn: false, requiredCell: false, min: 0, max: 100 }),
    ],
  },
  'private-units': {
    id: 'private-units',
    names: { en: 'Private-sector organisations', vi: 'Tổ chức đảng ngoài nhà nước' },
    required: false,
    fields: [
      field('code', 'Code', 'Mã', 'text'),
      field('target', 'Target', 'Chỉ tiêu', 'count'),
      field('established', 'Established', 'Đã thành lập', 'count'),
    ],
  },
  'leader-targets': {
    id: 'leader-targets',
    names: { en: 'Leader targets', vi: 'Giao chỉ tiêu người đứng đầu' },
    required: false,
    fields: [
      field('leader', 'Leader', 'Người đứng đầu', 'text'),
      field('position', 'Position', 'Chức vụ', 'text', { requiredColumn: false, requiredCell: false }),
      field('code', 'Unit code', 'Mã đơn vị', 'text'),
      field('indicator', 'Indicator', 'Chỉ tiêu', 'text'),
      field('target', 'Target', 'Mục tiêu', 'number'),
      field('actual', 'Result', 'Kết quả', 'number', { requiredCell: false }),
      field('direction', 'Direction', 'Chiều', 'enum', { requiredColumn: false, requiredCell: false, values: DIRECTIONS }),
    ],
  },
  goals: {
    id: 'goals',
    names: { en: 'Goals', vi: 'Mục tiêu' },
    required: false,
    fields: [
      field('indicator', 'Indicator', 'Chỉ số', 'enum', { values: INDICATOR_VALUES }),
      field('operator', 'Operator', 'Điều kiện', 'enum', { values: OPERATORS }),
      // A goal value is a percentage (or points); `90 %` and a percentage-formatted 0.9 both mean 90.
      field('value', 'Value', 'Giá trị', 'rate'),
      field('scope', 'Scope', 'Phạm vi', 'enum', { values: GOAL_SCOPES }),
    ],
  },
  summary: {
    id: 'summary',
    names: { en: 'Summary', vi: 'Tổng hợp' },
    required: false,
    fields: [
      field('item', 'Item', 'Nội dung', 'text'),
      // Read as a plain number here; the summary rule applies each item's own rule (count or rate).
      field('value', 'Value', 'Số liệu', 'rate', { requiredCell: false }),
    ],
  },
};

/** Sheet ids in the spec's order (also the order of missing-sheet findings). */
export const SHEET_IDS: ReadonlyArray<SheetId> = ['units', 'admissions', 'village-heads', 'private-units', 'leader-targets', 'goals', 'summary'];

/** Fields that are totalled in a totals row: counts, and rates recomputed from the totals. */
export interface RateOfSums {
  readonly rate: string;
  readonly numerator: string;
  readonly denominator: string;
}

export const RATES_OF_SUMS: Partial<Record<SheetId, RateOfSums>> = {
  admissions: { rate: 'attainment', numerator: 'admitted', denominator: 'target' },
  'village-heads': { rate: 'rate', numerator: 'members_now', denominator: 'groups' },
};

export type SummaryItemId =
  | 'units' | 'units_commune' | 'units_agency' | 'units_cell' | 'members' | 'admitted'
  | 'admission_target' | 'village_heads' | 'village_heads_members' | 'village-head-rate';

export interface SummaryItemDef {
  readonly id: SummaryItemId;
  readonly labels: Bilingual;
  /** Counts must match exactly; a rate within 0.05. */
  readonly kind: 'count' | 'rate';
}

export const SUMMARY_ITEMS: ReadonlyArray<SummaryItemDef> = [
  { id: 'units', labels: { en: 'Grassroots organisations', vi: 'Số tổ chức cơ sở đảng' }, kind: 'count' },
  { id: 'units_commune', labels: { en: 'Commune and town committees', vi: 'Số đảng bộ xã, thị trấn' }, kind: 'count' },
  { id: 'units_agency', labels: { en: 'Agency committees', vi: 'Số đảng bộ cơ quan' }, kind: 'count' },
  { id: 'units_cell', labels: { en: 'Directly subordinate cells', vi: 'Số chi bộ trực thuộc' }, kind: 'count' },
  { id: 'members', labels: { en: 'Party members', vi: 'Số đảng viên' }, kind: 'count' },
  { id: 'admitted', labels: { en: 'Members admitted', vi: 'Số đảng viên được kết nạp' }, kind: 'count' },
  { id: 'admission_target', labels: { en: 'Admission target', vi: 'Chỉ tiêu kết nạp' }, kind: 'count' },
  { id: 'village_heads', labels: { en: 'Villages and residential groups', vi: 'Số thôn, tổ dân phố' }, kind: 'count' },
  { id: 'village_heads_members', labels: { en: 'Heads who are party members', vi: 'Số trưởng thôn, tổ dân phố là đảng viên' }, kind: 'count' },
  { id: 'village-head-rate', labels: { en: 'Village-head rate %', vi: 'Tỷ lệ trưởng thôn, tổ dân phố là đảng viên (%)' }, kind: 'rate' },
];

export function fieldDef(sheet: SheetId, fieldId: string): FieldDef | undefined {
  return SHEETS[sheet].fields.find((candidate) => candidate.id === fieldId);
}
