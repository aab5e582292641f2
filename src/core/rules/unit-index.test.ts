import { hashText, keyHash } from "../helpers/normalise";
import { UnitIndex } from "./unit-index";
import type { Unit } from "./unit";

/** An index over `codes` in order (as checkUnits adds a units sheet's codes), and the positions add returned. */
function indexOf(codes: string[]): { index: UnitIndex; added: number[] } {
  const units: Unit[] = codes.map((code, index) => ({
    code,
    key: code.toLowerCase(),
    name: code,
    type: "cell",
    row: index + 1,
    codeCol: 0,
    index,
  }));
  const index = new UnitIndex({
    codeAt: (position) => units[position].code,
    unitAt: (position) => units[position],
  });
  const added = codes.map((code, position) => index.addUnlessPresent(keyHash(code), position));
  return { index, added };
}

describe("UnitIndex", () => {
  it("finds a unit by its code in any case and spacing", () => {
    const { index } = indexOf(["DV001"]);
    expect(index.find("dv001")?.code).toBe("DV001");
    expect(index.find(" DV001\u00a0")?.code).toBe("DV001");
    expect(index.find("DV002")).toBeNull();
  });

  it("tells apart codes whose keys share a hash", () => {
    expect(hashText("cb59598")).toBe(hashText("cb441304"));
    expect(indexOf(["CB59598"]).index.find("CB441304")).toBeNull();
    const { index, added } = indexOf(["CB59598", "CB441304"]);
    expect(added).toEqual([-1, -1]);
    expect(index.find("cb59598")?.index).toBe(0);
    expect(index.find("cb441304")?.index).toBe(1);
    expect(index.size).toBe(2);
  });

  it("returns the first position of a repeated code, also behind a hash collision", () => {
    const { added } = indexOf(["CB59598", "CB441304", " cb441304", "Cb59598"]);
    expect(added).toEqual([-1, -1, 1, 0]);
  });
});
