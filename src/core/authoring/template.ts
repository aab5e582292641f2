/**
 * The standard committee workbook, described once for every host: the command
 * line writes it with exceljs, the pane inserts it with Office.js. Sheet names,
 * headers and allowed values come from the form (form.ts); this adds what makes
 * it pleasant to fill in: a title, widths and number formats, dropdowns, whole-
 * number rules, live rate formulas, the default goals and a summary of formulas.
 *
 * An empty template reads, to the engine, as headers without data: the rate
 * formulas show "" until their counts are typed, the summary shows zeros
 * (template-results.ts computes what each formula shows, for files written
 * without Excel).
 */
import { columnLetters } from "../helpers/address";
import {
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  type EnumValue,
  type FieldDef,
  type FieldKind,
  type SheetDef,
  type SheetId,
} from "../form/form";
import { DEFAULT_GOALS } from "../form/goals";
import type { HeaderMapping } from "../form/mapping-types";
import type { Lang } from "../model/report";
import type { WorkbookSnapshot } from "../model/snapshot";
import {
  fieldRange,
  quotedSheet,
  rateFormula,
  summaryFormula,
  type SheetPlace,
  type SummarySources,
} from "./template-formulas";
import { REFERENCE_LAST_ROW, existingPlace, presentSheetName } from "./template-places";
import {
  legendHeading,
  listMessage,
  templateTitle,
  unitCodeMessage,
  validationTitle,
  wholeNumberMessage,
} from "./template-text";

/** 1-based rows: a title, the header, then the data. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** Data rows made ready (formats, rules, formulas) in each table: more than any committee has units. */
export const TABLE_ROWS = 200;
const GOAL_ROWS = 20;

export type TemplateCell =
  | { readonly kind: "text"; readonly text: string; readonly numberFormat?: string }
  | { readonly kind: "number"; readonly value: number; readonly numberFormat?: string }
  | {
      readonly kind: "formula";
      /** With the leading `=`, as typed in Excel. */
      readonly formula: string;
      readonly numberFormat?: string;
    };

export type TemplateValidation =
  | {
      readonly kind: "list";
      /** The allowed values, when they fit Excel's inline list (no comma, 255 characters in all)... */
      readonly items?: ReadonlyArray<string>;
      /** ...otherwise the cells that hold them (an absolute A1 range with its sheet, no `=`). */
      readonly range?: string;
      readonly title: string;
      readonly message: string;
    }
  | {
      readonly kind: "whole";
      readonly min: number;
      readonly title: string;
      readonly message: string;
    };

/** Whether Excel refuses a value that breaks the rule (whole numbers) or only warns (lists, which the engine reads more loosely). */
export function isStrict(validation: TemplateValidation): boolean {
  return validation.kind === "whole";
}

export interface TemplateColumn {
  readonly field: string;
  /** 0-based. */
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly kind: FieldKind;
  /** In characters of the default font, as Excel's column width. */
  readonly width: number;
  readonly numberFormat: string;
  readonly validation: TemplateValidation | null;
}

/** A list of allowed values kept beside the table, for a dropdown whose values Excel cannot hold inline. */
export interface TemplateLegend {
  readonly index: number;
  readonly letter: string;
  readonly heading: string;
  readonly items: ReadonlyArray<string>;
  readonly width: number;
}

export interface TemplateSheet {
  readonly id: SheetId;
  readonly name: string;
  /** The Excel table over the header and data rows. */
  readonly tableName: string;
  /** `A2:D202`. */
  readonly tableRange: string;
  readonly title: string;
  readonly titleRow: number;
  /** Also the number of rows frozen at the top. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly columns: ReadonlyArray<TemplateColumn>;
  /** body[i][c]: the cell of row firstDataRow + i in column c; null for a blank cell. */
  readonly body: ReadonlyArray<ReadonlyArray<TemplateCell | null>>;
  readonly legends: ReadonlyArray<TemplateLegend>;
}

export interface StandardWorkbook {
  readonly lang: Lang;
  /** The sheets to add, in the spec's order. */
  readonly sheets: ReadonlyArray<TemplateSheet>;
  /** The form sheets the workbook already has: left exactly as they are. */
  readonly present: ReadonlyArray<{ readonly id: SheetId; readonly name: string }>;
}

export interface TemplateOptions {
  /**
   * The workbook the sheets go into. Its form sheets (recognised as the engine recognises them) are not added;
   * the added sheets refer to the cells of those it has. Only the sheets named units, admissions and village
   * heads need their cells; the others need only their names.
   */
  readonly existing?: WorkbookSnapshot;
  /** Table and defined names the workbook already uses; Excel compares them ignoring case. */
  readonly takenNames?: Iterable<string>;
  /** The workbook's saved header mapping: a sheet it maps is present, and its mapped headers are found. */
  readonly mapping?: HeaderMapping | null;
}

const NUMBER_FORMATS: Readonly<Record<FieldKind, string>> = {
  text: "@",
  enum: "@",
  count: "#,##0",
  number: "General",
  rate: "0.00",
};

const KIND_WIDTHS: Readonly<Record<FieldKind, number>> = {
  text: 14,
  enum: 26,
  count: 14,
  number: 12,
  rate: 12,
};

/** Free-text fields that hold sentences rather than codes. */
const WIDE_FIELDS: ReadonlySet<string> = new Set(["name", "leader", "position", "item"]);
const WIDE = 40;
const INDICATOR_TEXT_WIDTH = 48;

/** Excel's inline list: items separated by commas, at most 255 characters. */
const INLINE_LIST_LIMIT = 255;

function widthOf(def: SheetDef, field: FieldDef, header: string): number {
  if (def.id === "leader-targets" && field.id === "indicator") return INDICATOR_TEXT_WIDTH;
  const base = WIDE_FIELDS.has(field.id) ? WIDE : KIND_WIDTHS[field.kind];
  return Math.min(Math.max(base, header.length + 3), WIDE);
}

/** The goals sheet names indicators by the spec's ids (as the report does); their titles are sentences. */
function listItem(def: SheetDef, field: FieldDef, value: EnumValue, lang: Lang): string {
  if ((def.id === "goals" && field.id === "indicator") || !value.labels) return value.id;
  return value.labels[lang];
}

function fitsInline(items: ReadonlyArray<string>): boolean {
  return (
    items.every((item) => !item.includes(",") && !item.includes('"')) &&
    items.join(",").length <= INLINE_LIST_LIMIT
  );
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function rowsOf(id: SheetId): number {
  if (id === "goals") return GOAL_ROWS;
  if (id === "summary") return SUMMARY_ITEMS.length;
  return TABLE_ROWS;
}

interface Plan {
  readonly def: SheetDef;
  readonly name: string;
  readonly tableName: string;
  readonly headers: ReadonlyArray<string>;
  readonly lastDataRow: number;
}

function planFor(id: SheetId, lang: Lang, taken: Set<string>): Plan {
  const def = SHEETS[id];
  return {
    def,
    name: def.names[lang],
    tableName: uniqueName(pascalCase(id), taken),
    headers: def.fields.map((field) => field.headers[lang]),
    lastDataRow: FIRST_DATA_ROW + rowsOf(id) - 1,
  };
}

function ownPlace(plan: Plan): SheetPlace {
  return {
    id: plan.def.id,
    sheet: plan.name,
    firstRow: FIRST_DATA_ROW,
    // Dropdowns and ranges reach past the table so that rows added below it count.
    lastRow: Math.max(REFERENCE_LAST_ROW, plan.lastDataRow),
    columns: plan.def.fields.map((_field, index) => index),
    table: { name: plan.tableName, headers: plan.headers },
  };
}

interface Context {
  readonly lang: Lang;
  readonly units: SheetPlace | null;
  readonly summarySources: SummarySources;
}

function validationFor(
  plan: Plan,
  field: FieldDef,
  context: Context,
  legends: TemplateLegend[]
): TemplateValidation | null {
  const { def } = plan;
  const { lang } = context;
  const title = validationTitle(lang);
  if (field.kind === "count")
    return {
      kind: "whole",
      min: field.min ?? 0,
      title,
      message: wholeNumberMessage(field.min ?? 0, lang),
    };
  if (field.kind === "enum" && field.values) {
    const items = field.values.map((value) => listItem(def, field, value, lang));
    if (fitsInline(items)) return { kind: "list", items, title, message: listMessage(lang) };
    const index = def.fields.length + 1 + legends.length;
    const letter = columnLetters(index);
    legends.push({
      index,
      letter,
      heading: legendHeading(field.headers[lang], lang),
      items,
      width: Math.max(...items.map((item) => item.length), 12) + 2,
    });
    const range = `$${letter}$${FIRST_DATA_ROW}:$${letter}$${FIRST_DATA_ROW + items.length - 1}`;
    return {
      kind: "list",
      range: `${quotedSheet(plan.name)}!${range}`,
      title,
      message: listMessage(lang),
    };
  }
  if (def.id !== "units" && field.id === "code" && context.units) {
    const range = fieldRange(context.units, "code");
    if (range !== null)
      return { kind: "list", range, title, message: unitCodeMessage(context.units.sheet, lang) };
  }
  return null;
}

function goalRows(lang: Lang): Array<Array<TemplateCell | null>> {
  const goals = SHEETS.goals;
  return DEFAULT_GOALS.map((goal) =>
    goals.fields.map((field): TemplateCell | null => {
      switch (field.id) {
        case "indicator":
          return { kind: "text", text: goal.indicator };
        case "operator":
          return { kind: "text", text: goal.operator };
        case "value":
          return { kind: "number", value: goal.value };
        case "scope": {
          const scope = field.values?.find((value) => value.id === goal.scope);
          return { kind: "text", text: scope?.labels?.[lang] ?? goal.scope };
        }
        default:
          return null;
      }
    })
  );
}

function summaryRows(lang: Lang, sources: SummarySources): Array<Array<TemplateCell | null>> {
  return SUMMARY_ITEMS.map((item) => {
    const formula = summaryFormula(item.id, sources);
    const numberFormat = NUMBER_FORMATS[item.kind];
    const value: TemplateCell | null =
      formula === null ? null : { kind: "formula", formula: `=${formula}`, numberFormat };
    return [{ kind: "text", text: item.labels[lang] }, value];
  });
}

function bodyOf(plan: Plan, context: Context): Array<Array<TemplateCell | null>> {
  const { def } = plan;
  const rows: Array<Array<TemplateCell | null>> = [];
  const prefilled =
    def.id === "goals"
      ? goalRows(context.lang)
      : def.id === "summary"
        ? summaryRows(context.lang, context.summarySources)
        : [];
  const columns = def.fields.map((_field, index) => index);
  for (let row = FIRST_DATA_ROW; row <= plan.lastDataRow; row++) {
    const given = prefilled[row - FIRST_DATA_ROW];
    rows.push(
      def.fields.map((field, index) => {
        if (given) return given[index] ?? null;
        const formula = rateFormula(def, field.id, columns, row);
        return formula === null ? null : { kind: "formula", formula: `=${formula}` };
      })
    );
  }
  return rows;
}

function sheetFor(plan: Plan, context: Context): TemplateSheet {
  const { def } = plan;
  const legends: TemplateLegend[] = [];
  const columns = def.fields.map((field, index): TemplateColumn => ({
    field: field.id,
    index,
    letter: columnLetters(index),
    header: plan.headers[index],
    kind: field.kind,
    width: widthOf(def, field, plan.headers[index]),
    numberFormat: NUMBER_FORMATS[field.kind],
    validation: validationFor(plan, field, context, legends),
  }));
  return {
    id: def.id,
    name: plan.name,
    tableName: plan.tableName,
    tableRange: `A${HEADER_ROW}:${columnLetters(def.fields.length - 1)}${plan.lastDataRow}`,
    title: templateTitle(def.id, context.lang),
    titleRow: TITLE_ROW,
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow: plan.lastDataRow,
    columns,
    body: bodyOf(plan, context),
    legends,
  };
}

/** Sheets whose codes the added sheets' dropdowns offer, and whose figures the summary totals. */
const REFERRED_BY: Readonly<Partial<Record<SheetId, ReadonlyArray<SheetId>>>> = {
  units: ["admissions", "village-heads", "private-units", "leader-targets", "summary"],
  admissions: ["summary"],
  "village-heads": ["summary"],
};

/** The form sheets whose cells the sheets in `added` refer to: a host reads those it has before adding the rest. */
export function sheetsReferredTo(added: ReadonlyArray<SheetId>): SheetId[] {
  return SHEET_IDS.filter((id) =>
    (REFERRED_BY[id] ?? []).some((referrer) => added.includes(referrer))
  );
}

/**
 * The standard sheets that `options.existing` lacks (all of them for a new workbook), in `lang`.
 * Pure: the same input gives the same description.
 */
export function standardWorkbook(lang: Lang, options: TemplateOptions = {}): StandardWorkbook {
  const existing = options.existing ?? { sheets: [] };
  const taken = new Set([...(options.takenNames ?? [])].map((name) => name.toLowerCase()));
  const present: Array<{ id: SheetId; name: string }> = [];
  const plans = new Map<SheetId, Plan>();
  for (const id of SHEET_IDS) {
    const name = presentSheetName(existing, id, options.mapping);
    if (name !== null) present.push({ id, name });
    else plans.set(id, planFor(id, lang, taken));
  }

  const placeOf = (id: "units" | "admissions" | "village-heads"): SheetPlace | undefined => {
    const plan = plans.get(id);
    if (plan) return ownPlace(plan);
    return existingPlace(existing, id, lang, options.mapping) ?? undefined;
  };
  const summarySources: SummarySources = {
    units: placeOf("units"),
    admissions: placeOf("admissions"),
    "village-heads": placeOf("village-heads"),
  };
  const context: Context = { lang, units: summarySources.units ?? null, summarySources };

  return {
    lang,
    sheets: [...plans.values()].map((plan) => sheetFor(plan, context)),
    present,
  };
}
