/**
 * The rows of a valid committee workbook of any size, deterministic so that
 * every run of the benchmark checks the same data. The mix of unit types
 * follows the spec's example district (13 commune, 3 agency, 32 cell of 48).
 */

export type UnitTypeId = "commune" | "agency" | "cell";

/** The Vietnamese labels staff pick from the list, as the spec gives them. */
export const UNIT_TYPE_LABEL_VI: Record<UnitTypeId, string> = {
  commune: "Đảng bộ xã, thị trấn",
  agency: "Đảng bộ cơ quan",
  cell: "Chi bộ trực thuộc",
};

const NAME_PREFIX: Record<UnitTypeId, string> = {
  commune: "Đảng bộ xã",
  agency: "Đảng bộ cơ quan",
  cell: "Chi bộ",
};

export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitTypeId;
  readonly members: number;
}

export interface Admission {
  readonly code: string;
  readonly target: number;
  readonly admitted: number;
}

export interface VillageHeads {
  readonly code: string;
  readonly groups: number;
  readonly membersStart: number;
  readonly membersNow: number;
}

function unitType(index: number): UnitTypeId {
  const slot = index % 48;
  if (slot < 13) return "commune";
  if (slot < 16) return "agency";
  return "cell";
}

export function unitAt(index: number): Unit {
  const type = unitType(index);
  const number = index + 1;
  return {
    code: `DV${String(number).padStart(6, "0")}`,
    // The running number keeps names unique and never "the same but for diacritics".
    name: `${NAME_PREFIX[type]} số ${number}`,
    type,
    members: 20 + ((index * 37) % 280),
  };
}

export function admissionAt(unit: Unit, index: number): Admission {
  // Some units get no target this year: the attainment cell stays blank, as the spec asks.
  if (index % 25 === 24) return { code: unit.code, target: 0, admitted: 0 };
  const target = 1 + (index % 6);
  return { code: unit.code, target, admitted: target + (index % 3 === 0 ? 1 : 0) };
}

/** Only commune units have village heads; rates stay above the default goal of 90 % and move by < 30 points. */
export function villageHeadsAt(unit: Unit, index: number): VillageHeads | undefined {
  if (unit.type !== "commune") return undefined;
  const groups = 8 + (index % 17);
  const membersNow = index % 4 === 0 ? groups - 1 : groups;
  const membersStart = index % 3 === 0 ? membersNow - 1 : membersNow;
  return { code: unit.code, groups, membersStart, membersNow };
}

/** Rates as staff keep them: two decimals, the cached result of the sheet's formula. */
export function rate(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 10000) / 100;
}
