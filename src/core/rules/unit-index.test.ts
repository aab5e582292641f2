import { hashText } from "../helpers/normalise";
import { UnitIndex } from "./unit-index";
import type { Unit } from "./unit";

function unit(code: string, index: number): Unit {
  return {
    code,
    key: code.toLowerCase(),
    name: code,
    type: "cell",
    row: index + 1,
    codeCol: 0,
    index,
  };
}

describe("UnitIndex", () => {
  it("finds a unit by its code in any case and spacing", () => {
    const index = new UnitIndex();
    index.add(unit("DV001", 0));
    expect(index.find("dv001")?.code).toBe("DV001");
    expect(index.find(" DV001\u00a0")?.code).toBe("DV001");
    expect(index.find("DV002")).toBeNull();
  });

  it("tells apart codes whose keys share a hash", () => {
    expect(hashText("cb59598")).toBe(hashText("cb441304"));
    const index = new UnitIndex();
    index.add(unit("CB59598", 0));
    expect(index.find("CB441304")).toBeNull();
    index.add(unit("CB441304", 1));
    expect(index.find("cb59598")?.index).toBe(0);
    expect(index.find("cb441304")?.index).toBe(1);
    expect(index.size).toBe(2);
  });
});
