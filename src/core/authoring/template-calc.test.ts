import { calculate, type CalcBook, type CalcValue } from "./template-calc";

/** A book of one sheet `S` (and `Tổ chức, đơn vị`), cells by A1 address; table `T` over S!A1:B4 with headers in row 1. */
function book(cells: Record<string, CalcValue>, other: Record<string, CalcValue> = {}): CalcBook {
  const address = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row}`;
  return {
    value: (sheet, row, column) =>
      (sheet === "S" ? cells : sheet === "Tổ chức, đơn vị" ? other : {})[address(row, column)] ??
      null,
    table: (name) =>
      name.toLowerCase() === "t"
        ? { sheet: "S", firstRow: 2, lastRow: 4, firstColumn: 0, headers: ["Mã", "Số, hiện nay"] }
        : null,
  };
}

const calc = (
  formula: string,
  cells: Record<string, CalcValue> = {},
  other: Record<string, CalcValue> = {}
) => calculate(formula, "S", book(cells, other));

describe("calculate: the template’s formulas as Excel computes them", () => {
  it('reads a blank cell as 0 beside a number and as "" beside text', () => {
    expect(calc("=B3=0")).toBe(true);
    expect(calc('=C3=""')).toBe(true);
    expect(calc('=C3=""', { C3: 0 })).toBe(false);
    expect(calc("=B3+1")).toBe(1);
  });

  it("gives the rate of a row, blank until both counts are there and where the target is 0", () => {
    const rate = '=IF(OR(B3=0,C3=""),"",ROUND(C3/B3*100,2))';
    expect(calc(rate)).toBe("");
    expect(calc(rate, { B3: 12 })).toBe("");
    expect(calc(rate, { B3: 0, C3: 0 })).toBe("");
    expect(calc(rate, { B3: 12, C3: 13 })).toBe(108.33);
    expect(calc(rate, { B3: 130, C3: 121 })).toBe(93.08);
  });

  it("rounds halves away from zero, as Excel does, despite binary fractions", () => {
    expect(calc("=ROUND(2.675,2)")).toBe(2.68);
    expect(calc("=ROUND(1.005,2)")).toBe(1.01);
    expect(calc("=ROUND(-0.5,0)")).toBe(-1);
    expect(calc("=ROUND(B3/C3*100,2)", { B3: 2, C3: 3 })).toBe(66.67);
  });

  it("compares text ignoring case, and orders numbers before text", () => {
    expect(calc('="Chi bộ"="CHI BỘ"')).toBe(true);
    expect(calc('=A1<"a"', { A1: 5 })).toBe(true);
    expect(calc('=A1<>"5"', { A1: 5 })).toBe(true);
  });

  it("sums a range skipping text and blanks, and counts what is not blank", () => {
    const cells = { A3: "X01", A4: "X02", A6: "", B3: 10, B4: "n/a", B5: 2.5 };
    expect(calc("=SUM(B3:B6)", cells)).toBe(12.5);
    expect(calc("=COUNTA(A3:A2000)", cells)).toBe(3);
    expect(calc("=SUM($B$3:$B$4)+1", cells)).toBe(11);
  });

  it("counts cells equal to a text, ignoring case", () => {
    const cells = {
      C3: "Chi bộ trực thuộc",
      C4: "chi bộ trực thuộc",
      C5: "cell",
      C6: "Đảng bộ cơ quan",
    };
    expect(calc('=COUNTIF(C3:C9,"Chi bộ trực thuộc")+COUNTIF(C3:C9,"cell")', cells)).toBe(3);
  });

  it("reads ranges on another sheet, its name quoted", () => {
    expect(calc("=SUM('Tổ chức, đơn vị'!$D$2:$D$4)", {}, { D2: 320, D3: 280, D4: "Tổng" })).toBe(
      600
    );
    expect(calc("=COUNTA('Tổ chức, đơn vị'!A2:A3)", {}, { A2: "X01" })).toBe(1);
  });

  it("reads table columns, a header with a comma in double brackets, without the header row", () => {
    const cells = { A1: "Mã", B1: "Số, hiện nay", A2: "X01", B2: 4, A3: "X02", B3: 5, B5: 100 };
    expect(calc("=COUNTA(T[Mã])", cells)).toBe(2);
    expect(calc("=SUM(T[[Số, hiện nay]])", cells)).toBe(9);
    expect(calc("=SUM(t[[Số, hiện nay]])/COUNTA(T[Mã])", cells)).toBe(4.5);
  });

  it("shows Excel’s errors where Excel would", () => {
    expect(calc("=B3/C3", { B3: 1 })).toEqual({ error: "#DIV/0!" });
    expect(calc("=SUM(Missing[Mã])")).toEqual({ error: "#NAME?" });
    expect(calc("=SUM(T[Tên])")).toEqual({ error: "#REF!" });
    expect(calc("=VLOOKUP(1,A1:B2,2)")).toEqual({ error: "#NAME?" });
    expect(calc("=B3*2", { B3: "abc" })).toEqual({ error: "#VALUE!" });
    expect(calc("=B3+1", { B3: { error: "#N/A" } })).toEqual({ error: "#N/A" });
  });

  it("refuses a formula outside the subset rather than guess its result", () => {
    expect(() => calc("=SUM(B3:B4")).toThrow();
    expect(() => calc('=COUNTIF(A1:A3,">5")')).toThrow(/criteria/);
  });
});
