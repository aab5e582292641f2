import { SheetGrid, cellOf, gridSheet, rowCursor, rowsOf } from "./sheet-grid";
import type { CellSnapshot } from "./snapshot";

const text = (value: string): CellSnapshot => ({ value, kind: "text" });
const number = (value: number): CellSnapshot => ({ value, kind: "number" });

function gridOf(rows: Array<Array<CellSnapshot | null> | null>): SheetGrid {
  const grid = new SheetGrid();
  rows.forEach((row, r) => {
    if (row) grid.store(r, row, row.length);
  });
  return grid;
}

describe("a sheet's cells kept flat", () => {
  it("gives back each row as stored, a row never stored as null, and cells beyond a row as undefined", () => {
    const grid = gridOf([[text("STT"), text("Mã")], null, [number(1), null, text("X11")]]);
    expect(grid.length).toBe(3);
    expect(grid.at(0)).toEqual([text("STT"), text("Mã")]);
    expect(grid.at(1)).toBeNull();
    expect(grid.at(2)).toEqual([number(1), null, text("X11")]);
    expect(grid.at(3)).toBeNull();
    expect(grid.at(-1)).toBeNull();
    expect(grid.cell(2, 2)).toEqual(text("X11"));
    expect(grid.cell(2, 1)).toBeNull();
    expect(grid.cell(0, 2)).toBeUndefined();
    expect(grid.cell(1, 0)).toBeUndefined();
    expect(grid.width(2)).toBe(3);
    expect(grid.width(1)).toBe(0);
  });

  it("keeps rows across its blocks of 4,096 cells, and a row stored again replaces the first", () => {
    const grid = new SheetGrid();
    const wide = Array.from({ length: 300 }, (_, c) => number(c));
    for (let r = 0; r < 500; r++) grid.store(r, wide, 300);
    // 150,000 cells: the rows at the blocks' edges are whole.
    expect(grid.slots).toBe(150_000);
    for (const r of [0, 13, 14, 218, 219, 437, 499]) expect(grid.at(r)).toEqual(wide);
    grid.store(3, [text("again")], 1);
    expect(grid.at(3)).toEqual([text("again")]);
    expect(grid.slots).toBe(150_001);
  });

  it("empties a cell under a merge, saying whether there was one", () => {
    const grid = gridOf([[text("Chỉ tiêu"), text("x")]]);
    expect(grid.clear(0, 1)).toBe(true);
    expect(grid.clear(0, 1)).toBe(false);
    expect(grid.clear(0, 5)).toBe(false);
    expect(grid.at(0)).toEqual([text("Chỉ tiêu"), null]);
  });

  it("hands each row in turn, in an array reused for rows of its width, to a reader that keeps none", () => {
    const grid = gridOf([[text("a")], null, [text("b"), text("c")], [text("d")]]);
    const next = rowCursor(grid);
    const first = next(0);
    expect(first).toEqual([text("a")]);
    expect(next(1)).toBeNull();
    expect(next(2)).toEqual([text("b"), text("c")]);
    const fourth = next(3);
    expect(fourth).toEqual([text("d")]);
    expect(fourth).toBe(first);
  });
});

describe("a sheet read into a grid", () => {
  it("shows its rows as arrays, made once when first read, and compares and serialises as a plain sheet", () => {
    const grid = gridOf([[text("Mã")], null, [text("X11"), number(458)]]);
    const merges = [{ top: 0, left: 0, bottom: 0, right: 1 }];
    const sheet = gridSheet("Tổ chức cơ sở đảng", grid, merges);
    const plain = {
      name: "Tổ chức cơ sở đảng",
      rows: [[text("Mã")], null, [text("X11"), number(458)]],
      merges,
    };
    expect(sheet).toEqual(plain);
    expect(sheet.rows).toBe(sheet.rows);
    expect(JSON.parse(JSON.stringify(sheet))).toEqual(plain);
    expect(Object.keys(sheet)).toEqual(["name", "rows", "merges"]);
    expect(Object.keys(gridSheet("x", grid))).toEqual(["name", "rows"]);
  });

  it("is read by the engine through its grid, a plain sheet through its rows", () => {
    const grid = gridOf([[text("a")]]);
    expect(rowsOf(gridSheet("x", grid))).toBe(grid);
    const plain = rowsOf({ name: "x", rows: [[text("a")], [text("b")]] });
    expect(plain.length).toBe(2);
    expect(plain.at(1)).toEqual([text("b")]);
    // Not an array's at(): a row before the first is none, never the last row.
    expect(plain.at(-1)).toBeUndefined();
    expect(cellOf(plain, 1, 0)).toEqual(text("b"));
    expect(cellOf(grid, 0, 0)).toEqual(text("a"));
    expect(cellOf(plain, 5, 0)).toBeUndefined();
    expect(rowsOf(null).length).toBe(0);
    expect(rowsOf({ name: "x", rows: "not rows" as never }).length).toBe(0);
  });
});
