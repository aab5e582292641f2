import { foldedHash, keyHash } from "../helpers/normalise";
import { INVALID } from "./cell-reader";
import { TextHash, ValueColumn } from "./value-column";

const text = (value: string) => ({ value, kind: "text" });

describe("a column of values", () => {
  it("gives back every kind of value it was given, the cell's own text read from the cell", () => {
    const rows = [
      [text("header")],
      [text("X01")],
      [text(" padded ")],
      [{ value: 3, kind: "number" }],
      [],
    ];
    const column = new ValueColumn(rows, 0, 2);
    column.set(0, "X01", rows[1][0]);
    column.set(1, "padded", rows[2][0]);
    column.set(2, 3, rows[3][0]);
    column.set(3, null, undefined);
    column.set(4, INVALID, rows[2][0]);
    column.set(5, "commune", rows[1][0]);
    column.finish(Int32Array.from([1, 2, 3, 4, 2, 1]), 6);
    expect(column.toArray()).toEqual(["X01", "padded", 3, null, INVALID, "commune"]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => column.hasText(i))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect([column.text(0), column.text(2), column.text(4), column.text(5)]).toEqual([
      "X01",
      null,
      null,
      "commune",
    ]);
    expect([column.number(2), column.number(0), column.number(6)]).toEqual([3, null, null]);
    expect(column.at(6)).toBeNull();
  });

  it("counts the rows of each text, shared, the cell's own or kept apart, and leaves out rows without one", () => {
    const rows = [[text("a")], [text("b")], [text(" b ")], [{ value: 3, kind: "number" }]];
    const column = new ValueColumn(rows, 0, 8);
    column.set(0, "commune", rows[0][0]);
    column.set(1, "a", rows[0][0]);
    column.set(2, "commune", rows[1][0]);
    column.set(3, 3, rows[3][0]);
    column.set(4, null, undefined);
    column.set(5, INVALID, rows[1][0]);
    column.set(6, "b", rows[2][0]);
    column.set(7, "cell", rows[1][0]);
    column.finish(Int32Array.from([0, 0, 1, 3, 3, 1, 2, 1]), 8);
    expect([...column.textCounts()].sort()).toEqual([
      ["a", 1],
      ["b", 1],
      ["cell", 1],
      ["commune", 2],
    ]);
  });

  it("keeps hundreds of texts that are not their cells' own", () => {
    const cells = Array.from({ length: 600 }, (_, i) => [text(` ${i} `)]);
    const column = new ValueColumn(cells, 0, 600);
    cells.forEach((cell, i) => column.set(i, String(i), cell[0]));
    column.finish(Int32Array.from(cells.keys()), cells.length);
    expect(column.toArray()).toEqual(cells.map((_, i) => String(i)));
  });

  it("gives each text's key or folded hash, kept from the read or worked out when asked", () => {
    const rows = [[text("DV01")], [text(" dv01 ")], [{ value: 3, kind: "number" }]];
    const kept = new ValueColumn(rows, 0, 4, TextHash.Key);
    const plain = new ValueColumn(rows, 0, 4);
    for (const column of [kept, plain]) {
      column.set(0, "DV01", rows[0][0]);
      column.set(1, "dv01", rows[1][0]);
      column.set(2, null, rows[2][0]);
      column.finish(Int32Array.from([0, 1, 2]), 3);
      expect([0, 1, 2, 3].map((i) => column.keyHashAt(i))).toEqual([
        keyHash("DV01"),
        keyHash("dv01"),
        -1,
        -1,
      ]);
      expect(column.foldedHashAt(1)).toBe(foldedHash("dv01"));
    }
    expect(kept.keyHashAt(0)).toBe(kept.keyHashAt(1));
  });

  it("is empty without a column", () => {
    const column = ValueColumn.empty();
    expect([column.length, column.at(0), column.text(0), column.number(0)]).toEqual([
      0,
      null,
      null,
      null,
    ]);
  });
});
