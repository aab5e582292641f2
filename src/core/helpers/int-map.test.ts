import { IntMap } from "./int-map";

describe("IntMap", () => {
  it("keeps the first value of each key, through growth from an empty table", () => {
    const map = new IntMap();
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 7919) & 0x3fffffff);
    keys.forEach((key, i) => expect(map.setIfAbsent(key, i)).toBe(-1));
    keys.forEach((key, i) => expect(map.setIfAbsent(key, i + 1)).toBe(i));
    keys.forEach((key, i) => expect(map.get(key)).toBe(i));
    expect(map.size).toBe(5000);
    expect(map.get(1 << 29)).toBe(-1);
  });

  it("holds the edge keys 0 and 2^30 − 1 (hashes are 30 bits)", () => {
    const map = new IntMap(1);
    expect(map.setIfAbsent(0, 7)).toBe(-1);
    expect(map.setIfAbsent(0x3fffffff, 8)).toBe(-1);
    expect(map.get(0)).toBe(7);
    expect(map.get(0x3fffffff)).toBe(8);
  });
});
