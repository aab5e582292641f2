import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core";

type Value = string | number | null;

function cell(value: Value): CellSnapshot {
  if (value === null) return { value: null, kind: "empty" };
  return typeof value === "number" ? { value, kind: "number" } : { value, kind: "text" };
}

function sheet(name: string, rows: Value[][]): SheetSnapshot {
  return { name, rows: rows.map((row) => row.map(cell)) };
}

export interface VillageHeads {
  readonly code: string;
  readonly groups: number;
  readonly start: number;
  readonly now: Value;
}

/**
 * A small committee workbook (two communes, one agency committee, one cell) as the engine reads it, with English
 * headers. Defaults make it ready to submit: 20 of 22 village heads are members (90.91 % > 90 %).
 */
export function committeeSnapshot(
  options: { villageHeads?: VillageHeads[]; members?: Value } = {}
): WorkbookSnapshot {
  const villageHeads = options.villageHeads ?? [
    { code: "X01", groups: 10, start: 8, now: 9 },
    { code: "X02", groups: 12, start: 10, now: 11 },
  ];
  return {
    sheets: [
      sheet("Units", [
        ["Code", "Name", "Type", "Party members"],
        ["X01", "Xã Kim Long", "commune", options.members ?? 310],
        ["X02", "Xã Hoàng Hoa", "commune", 280],
        ["C01", "Đảng bộ Cơ quan huyện", "agency", 95],
        ["B01", "Chi bộ Trường THPT Tam Dương", "cell", 24],
      ]),
      sheet("Admissions", [
        ["Code", "Target", "Admitted"],
        ["X01", 5, 5],
        ["X02", 4, 4],
        ["C01", 2, 2],
        ["B01", 1, 1],
      ]),
      sheet("Village heads", [
        [
          "Code",
          "Villages and residential groups",
          "Heads who are members, start of year",
          "Heads who are members, now",
        ],
        ...villageHeads.map((row) => [row.code, row.groups, row.start, row.now]),
      ]),
    ],
  };
}

/** The same workbook with one fault: more village heads who are members (14) than villages (12), in D3. */
export function snapshotWithError(): WorkbookSnapshot {
  return committeeSnapshot({
    villageHeads: [
      { code: "X01", groups: 10, start: 8, now: 9 },
      { code: "X02", groups: 12, start: 11, now: 14 },
    ],
  });
}

/** 17 of 20 heads are members: 85 % misses `> 90 %`, and 2 more are needed (19 of 20; 18 is exactly 90 %). */
export function snapshotWithShortfall(): WorkbookSnapshot {
  return committeeSnapshot({
    villageHeads: [
      { code: "X01", groups: 10, start: 7, now: 8 },
      { code: "X02", groups: 10, start: 8, now: 9 },
    ],
  });
}
