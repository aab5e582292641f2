/**
 * Property: real-form decorations (title rows, a numbering column, headers over two rows with or
 * without merges, a column-number row, group rows with or without subtotals, a footer) around a
 * random valid workbook never add a finding, and never hide one planted in the data: the decorated
 * workbook's findings are the plain one's, each at its moved cell.
 */
import fc from "fast-check";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./model/snapshot";
import { cellAddress } from "./helpers/address";
import { validateWorkbook } from "./validate";
import type { Finding } from "./model/report";

type Value = string | number | null;
type Grid = Value[][];

const t = (value: Value): CellSnapshot | null =>
  value === null
    ? null
    : typeof value === "number"
      ? { value, kind: "number" }
      : { value, kind: "text" };

interface Unit {
  code: string;
  type: "commune" | "agency" | "cell";
  members: number;
  target: number;
  admitted: number;
  groups: number;
  start: number;
  now: number;
}

const unitArb: fc.Arbitrary<Omit<Unit, "code">> = fc
  .record({
    type: fc.constantFrom("commune" as const, "agency" as const, "cell" as const),
    members: fc.integer({ min: 0, max: 500 }),
    target: fc.integer({ min: 0, max: 20 }),
    admittedShare: fc.integer({ min: 0, max: 30 }),
    groups: fc.integer({ min: 1, max: 20 }),
    startShare: fc.double({ min: 0, max: 1, noNaN: true }),
    nowShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ type, members, target, admittedShare, groups, startShare, nowShare }) => ({
    type,
    members,
    target,
    admitted: admittedShare,
    groups,
    start: Math.floor(startShare * groups),
    now: Math.floor(nowShare * groups),
  }));

type Plant = "none" | "negative-members" | "heads-above-groups" | "blank-admitted" | "text-target";

interface Decorations {
  titles: number;
  numbering: boolean;
  header: "single" | "two-merged" | "two-unmerged";
  numberRow: boolean;
  groups: "none" | "headings" | "subtotals";
  split: number;
  footer: boolean;
}

const decorationsArb: fc.Arbitrary<Decorations> = fc.record({
  titles: fc.integer({ min: 0, max: 2 }),
  numbering: fc.boolean(),
  header: fc.constantFrom("single" as const, "two-merged" as const, "two-unmerged" as const),
  numberRow: fc.boolean(),
  groups: fc.constantFrom("none" as const, "headings" as const, "subtotals" as const),
  split: fc.double({ min: 0, max: 1, noNaN: true }),
  footer: fc.boolean(),
});

interface Table {
  name: string;
  headers: string[];
  /** A pair of adjacent columns written under one group heading in a two-row header: [first column, group, own texts]. */
  pair?: [number, string, [string, string]];
  rows: Grid;
  /** Columns that hold counts (summed in subtotals). */
  counts: number[];
}

function tables(units: Unit[], plant: Plant, plantAt: number): Table[] {
  const at = plantAt % units.length;
  const unitRows: Grid = units.map((unit, i) => [
    unit.code,
    `Đơn vị ${unit.code}`,
    unit.type,
    plant === "negative-members" && i === at ? -3 : unit.members,
  ]);
  const admissionRows: Grid = units.map((unit, i) => [
    unit.code,
    plant === "text-target" && i === at ? "mười" : unit.target,
    plant === "blank-admitted" && i === at ? null : unit.admitted,
    unit.target === 0 ||
    (plant === "blank-admitted" && i === at) ||
    (plant === "text-target" && i === at)
      ? null
      : Math.round((unit.admitted / unit.target) * 10000) / 100,
  ]);
  const communes = units.filter((unit) => unit.type === "commune");
  const headRows: Grid = communes.map((unit, i) => {
    const now =
      plant === "heads-above-groups" && i === at % Math.max(1, communes.length)
        ? unit.groups + 2
        : unit.now;
    return [
      unit.code,
      unit.groups,
      unit.start,
      now,
      now > unit.groups ? null : Math.round((now / unit.groups) * 10000) / 100,
    ];
  });
  return [
    {
      name: "Tổ chức cơ sở đảng",
      headers: ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
      pair: [1, "Tổ chức", ["Tên tổ chức", "Loại hình"]],
      rows: unitRows,
      counts: [3],
    },
    {
      name: "Kết nạp đảng viên",
      headers: ["Mã", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ đạt (%)"],
      pair: [1, "Kết nạp", ["Chỉ tiêu", "Đã kết nạp"]],
      rows: admissionRows,
      counts: [1, 2],
    },
    {
      name: "Trưởng thôn, tổ dân phố",
      headers: [
        "Mã",
        "Số thôn, tổ dân phố",
        "Là đảng viên đầu năm",
        "Là đảng viên hiện nay",
        "Tỷ lệ (%)",
      ],
      pair: [2, "Là đảng viên", ["Đầu năm", "Hiện nay"]],
      rows: headRows,
      counts: [1, 2, 3],
    },
  ];
}

interface Decorated {
  sheet: SheetSnapshot;
  /** Plain 0-based row → decorated row; plain column → decorated column. */
  row: (r: number) => number;
  col: (c: number) => number;
}

function plain(table: Table): SheetSnapshot {
  return { name: table.name, rows: [table.headers.map(t), ...table.rows.map((row) => row.map(t))] };
}

function decorate(table: Table, d: Decorations): Decorated {
  const shift = d.numbering ? 1 : 0;
  const width = table.headers.length + shift;
  const grid: Value[][] = [];
  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  for (let i = 0; i < d.titles; i++) {
    grid.push([i === 0 ? "ĐẢNG BỘ PHƯỜNG KIM LONG" : "BIỂU THỐNG KÊ NĂM 2026"]);
    merges.push({ top: i, left: 0, bottom: i, right: width - 1 });
  }
  const headerTop = grid.length;
  if (d.header === "single") {
    grid.push([...(d.numbering ? ["STT"] : []), ...table.headers]);
  } else {
    const upper: Value[] = d.numbering ? ["STT"] : [];
    const lower: Value[] = d.numbering ? [null] : [];
    const [pairCol, group, own] = table.pair!;
    table.headers.forEach((header, c) => {
      if (c === pairCol) {
        upper.push(group);
        lower.push(own[0]);
      } else if (c === pairCol + 1) {
        upper.push(null);
        lower.push(own[1]);
      } else {
        upper.push(header);
        lower.push(null);
      }
    });
    grid.push(upper, lower);
    if (d.header === "two-merged") {
      for (let c = 0; c < width; c++) {
        if (c === pairCol + shift)
          merges.push({ top: headerTop, left: c, bottom: headerTop, right: c + 1 });
        else if (c !== pairCol + shift + 1)
          merges.push({ top: headerTop, left: c, bottom: headerTop + 1, right: c });
      }
    }
  }
  if (d.numberRow) grid.push(Array.from({ length: width }, (_, c) => `(${c + 1})`));
  const rowOf: number[] = [];
  const data = table.rows;
  const cut = Math.floor(d.split * (data.length + 1));
  const groups = d.groups === "none" ? [data] : [data.slice(0, cut), data.slice(cut)];
  let n = 0;
  groups.forEach((members, g) => {
    if (d.groups !== "none") {
      const marker = g === 0 ? "I" : "II";
      const heading: Value[] = new Array(width).fill(null);
      if (d.numbering) {
        heading[0] = marker;
        heading[1] = g === 0 ? "Nhóm xã, phường" : "Nhóm khác";
      } else {
        heading[0] = `${marker}. ${g === 0 ? "Nhóm xã, phường" : "Nhóm khác"}`;
      }
      if (d.groups === "subtotals") {
        for (const c of table.counts) {
          const values = members.map((row) => row[c]);
          if (values.every((value) => typeof value === "number"))
            heading[c + shift] = (values as number[]).reduce((a, b) => a + b, 0);
        }
      }
      grid.push(heading);
    }
    for (const row of members) {
      rowOf.push(grid.length);
      grid.push([...(d.numbering ? [++n] : []), ...row]);
    }
  });
  if (d.footer) {
    grid.push([]);
    grid.push([null, null, "Kim Long, ngày 15 tháng 12 năm 2026"]);
    grid.push(["Nơi nhận:", null, "T/M BAN THƯỜNG VỤ"]);
    grid.push(["- Lưu VP.", null, "BÍ THƯ"]);
    grid.push([]);
    grid.push(["Người lập biểu", null, "Nguyễn Văn Hùng"]);
  }
  const headerLast = headerTop + (d.header === "single" ? 0 : 1);
  return {
    sheet: {
      name: table.name,
      rows: grid.map((row) => row.map(t)),
      ...(d.header === "two-unmerged" ? {} : { merges }),
    },
    row: (r) => (r === 0 ? headerLast : rowOf[r - 1]),
    col: (c) => c + shift,
  };
}

function parse(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const letter of match[1]) col = col * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** What a user relies on in a finding, its cell moved as the decorations moved it. */
function key(finding: Finding, moved?: Map<string, Decorated>): string {
  let cell = finding.cell;
  if (cell && moved) {
    const place = moved.get(finding.sheet)!;
    const { row, col } = parse(cell);
    cell = cellAddress(place.row(row), place.col(col));
  }
  return JSON.stringify([
    finding.code,
    finding.severity,
    finding.sheet,
    cell ?? null,
    finding.field ?? null,
    finding.expected ?? null,
    finding.actual ?? null,
  ]);
}

describe("real-form decorations around a random workbook", () => {
  it("never add a finding and never hide one planted in the data", () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 7 }),
        fc.constantFrom<Plant>(
          "none",
          "negative-members",
          "heads-above-groups",
          "blank-admitted",
          "text-target"
        ),
        fc.nat(),
        fc.array(decorationsArb, { minLength: 3, maxLength: 3 }),
        (records, plant, plantAt, decorations) => {
          const units: Unit[] = records.map((record, i) => ({
            ...record,
            code: `U${String(i + 1).padStart(2, "0")}`,
          }));
          const sheets = tables(units, plant, plantAt);
          const before = validateWorkbook({ sheets: sheets.map(plain) } as WorkbookSnapshot, {
            workbook: "plain.xlsx",
            lang: "en",
          });
          const decorated = sheets.map((table, i) => decorate(table, decorations[i]));
          const moved = new Map(decorated.map((entry) => [entry.sheet.name, entry]));
          const after = validateWorkbook(
            { sheets: decorated.map((entry) => entry.sheet) },
            { workbook: "form.xlsx", lang: "en" }
          );
          expect(after.findings.map((finding) => key(finding)).sort()).toEqual(
            before.findings.map((finding) => key(finding, moved)).sort()
          );
          // A planted fault is there to be found (a heads fault needs a commune to sit in).
          if (
            plant !== "none" &&
            (plant !== "heads-above-groups" || units.some((unit) => unit.type === "commune"))
          )
            expect(before.counts.error).toBeGreaterThan(0);
        }
      ),
      { numRuns: 120 }
    );
  });
});
