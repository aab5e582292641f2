/**
 * The Tam Dương 2023 sample (assets/samples/tam-duong-2023.json) as the figures staff type into the standard
 * workbook: per sheet, one record per row keyed by field id, with list values in the template's language.
 * The summary and the rate columns are left out: the template's formulas compute them.
 */
import { readSampleData } from "../../scripts/make-samples";
import { SHEETS, type Lang, type SheetId } from "../../src/core";

export type Figure = string | number | null;
export type FigureRows = Partial<Record<SheetId, Array<Record<string, Figure>>>>;

function label(sheet: SheetId, field: string, id: string, lang: Lang): string {
  const value = SHEETS[sheet].fields
    .find((candidate) => candidate.id === field)
    ?.values?.find((candidate) => candidate.id === id);
  const text = value?.labels?.[lang];
  if (!text) throw new Error(`no ${lang} label for ${sheet}.${field} = ${id}`);
  return text;
}

export function sampleFigures(lang: Lang): FigureRows {
  const data = readSampleData();
  return {
    units: data.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      type: label("units", "type", unit.type, lang),
      members: unit.members,
    })),
    admissions: data.admissions.map((row) => ({
      code: row.code,
      target: row.target,
      admitted: row.admitted,
    })),
    "village-heads": data.villageHeads.map((row) => ({
      code: row.code,
      groups: row.groups,
      members_start: row.membersStart,
      members_now: row.membersNow,
    })),
    "private-units": data.privateUnits.map((row) => ({
      code: row.code,
      target: row.target,
      established: row.established,
    })),
    "leader-targets": data.leaderTargets.map((row) => ({
      leader: row.leader,
      position: row.position,
      code: row.code,
      indicator: row.indicator,
      target: row.target,
      actual: row.actual,
      direction: label("leader-targets", "direction", row.direction ?? "higher", lang),
    })),
    goals: data.goals.map((goal) => ({
      indicator: goal.indicator,
      operator: goal.operator,
      value: goal.value,
      scope: label("goals", "scope", goal.scope, lang),
    })),
  };
}

/** What the sample adds up to, worked out from the JSON here rather than by the template's formulas. */
export function sampleTotals(): {
  units: number;
  members: number;
  admitted: number;
  groups: number;
  headsNow: number;
} {
  const data = readSampleData();
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    units: data.units.length,
    members: sum(data.units.map((unit) => unit.members)),
    admitted: sum(data.admissions.map((row) => row.admitted)),
    groups: sum(data.villageHeads.map((row) => row.groups)),
    headsNow: sum(data.villageHeads.map((row) => row.membersNow)),
  };
}
