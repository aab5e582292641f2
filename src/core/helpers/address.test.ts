import { cellAddress, columnLetters, parseCellAddress } from "./address";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(columnLetters(16383)).toBe("XFD");
  });

  it("turns 0-based row and column into an address", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(6, 4)).toBe("E7");
  });

  it("reads A1 addresses as 0-based rows and columns, only on Excel’s grid", () => {
    expect(parseCellAddress("A1")).toEqual({ row: 0, col: 0 });
    expect(parseCellAddress("e7")).toEqual({ row: 6, col: 4 });
    expect(parseCellAddress("$AA$10")).toEqual({ row: 9, col: 26 });
    expect(parseCellAddress(" XFD1048576 ")).toEqual({ row: 1048575, col: 16383 });
    expect(parseCellAddress("A0")).toBeNull();
    expect(parseCellAddress("A1:B2")).toBeNull();
    expect(parseCellAddress("")).toBeNull();
    expect(parseCellAddress("XFE1")).toBeNull();
    expect(parseCellAddress("A1048577")).toBeNull();
  });
});
