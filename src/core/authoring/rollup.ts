/**
 * The roll-up: the workbooks of the committees below, added up into one workbook of the same form for
 * the level above. One unit per input committee, its figures summed from that workbook. A workbook with
 * errors, one that cannot be read, and a second workbook of the same committee are listed and left out,
 * never silently summed.
 *
 * Pure: the host reads and checks each file (`checkWorkbook`, `committeeIdentity`, the stamp state) and
 * writes the plan this returns.
 */
import type { CommitteeIdentity } from "../reading/committee-identity";
import { SHEETS, SUMMARY_ITEMS, UNIT_TYPES, type SheetId } from "../form/form";
import { normaliseKey } from "../helpers/normalise";
import type { Lang, Report } from "../model/report";
import type { StampState } from "../model/report";
import type { CommitteeTotals } from "../validate";

export type RollupInput =
  | {
      readonly kind: "checked";
      readonly file: string;
      readonly ready: boolean;
      readonly counts: Report["counts"];
      readonly stamp: StampState;
      readonly identity: CommitteeIdentity;
      readonly totals: CommitteeTotals;
      /** Sorted unit keys: two workbooks listing the same units are the same committee. */
      readonly unitKeys: string;
    }
  | { readonly kind: "unreadable"; readonly file: string; readonly message: string };

/** Why an input is in the roll-up or not. */
export type InputVerdict = "included" | "has-errors" | "unreadable" | "duplicate";

export interface InputLine {
  readonly file: string;
  readonly code: string;
  readonly name: string;
  readonly verdict: InputVerdict;
  readonly stamp: StampState | null;
  /** For a duplicate: the file of the same committee that was kept. */
  readonly sameAs?: string;
  readonly message?: string;
}

export interface RolledUnit {
  readonly code: string;
  readonly name: string;
  readonly type: "commune" | "agency";
  readonly totals: CommitteeTotals;
}

export interface RollupPlan {
  readonly units: ReadonlyArray<RolledUnit>;
  readonly inputs: ReadonlyArray<InputLine>;
  /** The year every included input names, when they agree. */
  readonly year: string | null;
}

/** The file's own name without folders or extension: the code and name of a workbook that names no committee. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|xls|ods)$/i, "");
}

/** A committee with village heads is a commune, ward or special zone; without, an agency committee. */
function unitType(totals: CommitteeTotals): "commune" | "agency" {
  return totals.groups !== null && totals.groups > 0 ? "commune" : "agency";
}

export function planRollup(inputs: ReadonlyArray<RollupInput>): RollupPlan {
  const units: RolledUnit[] = [];
  const lines: InputLine[] = [];
  const byCode = new Map<string, string>();
  const byUnits = new Map<string, string>();
  const years = new Set<string>();
  for (const input of inputs) {
    if (input.kind === "unreadable") {
      lines.push({
        file: input.file,
        code: "",
        name: fileStem(input.file),
        verdict: "unreadable",
        stamp: null,
        message: input.message,
      });
      continue;
    }
    const code = (input.identity.code ?? fileStem(input.file)).trim();
    const name = (input.identity.name ?? fileStem(input.file)).trim();
    const base = { file: input.file, code, name, stamp: input.stamp };
    if (!input.ready) {
      lines.push({ ...base, verdict: "has-errors" });
      continue;
    }
    const sameAs =
      byCode.get(normaliseKey(code)) ??
      (input.unitKeys === "" ? undefined : byUnits.get(input.unitKeys));
    if (sameAs !== undefined) {
      lines.push({ ...base, verdict: "duplicate", sameAs });
      continue;
    }
    byCode.set(normaliseKey(code), input.file);
    if (input.unitKeys !== "") byUnits.set(input.unitKeys, input.file);
    if (input.identity.year !== null) years.add(input.identity.year);
    units.push({ code, name, type: unitType(input.totals), totals: input.totals });
    lines.push({ ...base, verdict: "included" });
  }
  return { units, inputs: lines, year: years.size === 1 ? [...years][0] : null };
}

/** One sheet of the rolled-up workbook as plain rows: header (the form's headers in `lang`) then data. */
export interface RollupSheet {
  readonly id: SheetId;
  readonly name: string;
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

function header(id: SheetId, fields: ReadonlyArray<string>, lang: Lang): string[] {
  return fields.map((fieldId) => {
    const field = SHEETS[id].fields.find((candidate) => candidate.id === fieldId);
    return field ? field.headers[lang] : fieldId;
  });
}

function sheetOf(
  id: SheetId,
  fields: ReadonlyArray<string>,
  rows: Array<Array<string | number | null>>,
  lang: Lang
): RollupSheet {
  return { id, name: SHEETS[id].names[lang], header: header(id, fields, lang), rows };
}

const sum = (values: ReadonlyArray<number | null>) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** The form sheets of the rolled-up workbook (the goals sheet is the host's: from --goals or none). */
export function rollupSheets(plan: RollupPlan, lang: Lang): RollupSheet[] {
  const communes = plan.units.filter((unit) => unit.type === "commune");
  const withPrivate = plan.units.filter(
    (unit) => unit.totals.privateTarget !== null || unit.totals.established !== null
  );
  const typeLabel = (type: "commune" | "agency") =>
    UNIT_TYPES.find((entry) => entry.id === type)?.labels?.[lang] ?? type;
  // Items by their label in the workbook's language (the engine reads ids and labels alike).
  const item = (id: string) => SUMMARY_ITEMS.find((entry) => entry.id === id)?.labels[lang] ?? id;
  const sheets: RollupSheet[] = [
    sheetOf(
      "units",
      ["code", "name", "type", "members"],
      plan.units.map((u) => [u.code, u.name, typeLabel(u.type), u.totals.members ?? 0]),
      lang
    ),
    sheetOf(
      "admissions",
      ["code", "target", "admitted"],
      plan.units.map((u) => [u.code, u.totals.admissionTarget ?? 0, u.totals.admitted ?? 0]),
      lang
    ),
    sheetOf(
      "village-heads",
      ["code", "groups", "members_start", "members_now"],
      communes.map((u) => [u.code, u.totals.groups, u.totals.headsStart, u.totals.headsNow]),
      lang
    ),
  ];
  if (withPrivate.length > 0) {
    sheets.push(
      sheetOf(
        "private-units",
        ["code", "target", "established"],
        withPrivate.map((u) => [u.code, u.totals.privateTarget ?? 0, u.totals.established ?? 0]),
        lang
      )
    );
  }
  const groups = sum(communes.map((u) => u.totals.groups));
  const now = sum(communes.map((u) => u.totals.headsNow));
  const summary: Array<[string, string | number | null]> = [
    [item("units"), plan.units.length],
    [item("units_commune"), communes.length],
    [item("units_agency"), plan.units.length - communes.length],
    [item("members"), sum(plan.units.map((u) => u.totals.members))],
    [item("admitted"), sum(plan.units.map((u) => u.totals.admitted))],
    [item("admission_target"), sum(plan.units.map((u) => u.totals.admissionTarget))],
    [item("village_heads"), groups],
    [item("village_heads_members"), now],
    [item("village-head-rate"), groups === 0 ? null : Math.round((now / groups) * 10000) / 100],
  ];
  if (plan.year !== null) summary.push([item("year"), plan.year]);
  sheets.push({
    id: "summary",
    name: SHEETS.summary.names[lang],
    header: header("summary", ["item", "value"], lang),
    rows: summary,
  });
  return sheets;
}
