import { compareNumbers, compareRate, goalRatio, neededItems, ratioOf, satisfies } from "./exact";
import type { Operator } from "../model/report";

const r = (value: number) => ratioOf(value)!;

function meets(numerator: number, denominator: number, operator: Operator, goal: number): boolean {
  return satisfies(compareRate(r(numerator), r(denominator), r(goal)), operator);
}

describe("ratioOf", () => {
  it("takes the decimal the user typed, not its binary approximation", () => {
    expect(ratioOf(93.08)).toEqual({ n: BigInt(9308), d: BigInt(100) });
    expect(ratioOf(-0.5)).toEqual({ n: BigInt(-5), d: BigInt(10) });
    expect(ratioOf(1e-7)).toEqual({ n: BigInt(1), d: BigInt(10_000_000) });
    const large = ratioOf(1.5e21)!;
    expect(large.n / large.d).toBe(BigInt("1500000000000000000000"));
    expect(large.n % large.d).toBe(BigInt(0));
    expect(ratioOf(Number.NaN)).toBeNull();
  });
});

describe("meeting a goal exactly", () => {
  it("57 of 100 meets >= 57 (the float 57/100*100 is 56.99999999999999)", () => {
    expect((57 / 100) * 100).toBeLessThan(57);
    expect(meets(57, 100, ">=", 57)).toBe(true);
    expect(neededItems(57, 100, ">=", r(57))).toBe(0);
  });

  it("117 of 130 misses > 90 and needs 1; 118 of 130 meets it", () => {
    expect(meets(117, 130, ">", 90)).toBe(false);
    expect(neededItems(117, 130, ">", r(90))).toBe(1);
    expect(meets(118, 130, ">", 90)).toBe(true);
    expect(neededItems(118, 130, ">", r(90))).toBe(0);
  });

  it("117 of 130 is exactly 90, so it meets >= 90 and = 90", () => {
    expect(meets(117, 130, ">=", 90)).toBe(true);
    expect(meets(117, 130, "=", 90)).toBe(true);
    expect(meets(117, 130, "<=", 90)).toBe(true);
    expect(meets(117, 130, "<", 90)).toBe(false);
  });

  it("121 of 130 (93.08 % rounded) does not meet >= 93.08", () => {
    expect(meets(121, 130, ">=", 93.08)).toBe(false);
    expect(meets(121, 130, ">=", 93.07)).toBe(true);
  });

  it("works for a negative denominator (a lower-is-better result below zero)", () => {
    expect(meets(-1, -2, ">=", 50)).toBe(true);
    expect(meets(1, -2, ">=", 0)).toBe(false);
  });
});

describe("neededItems", () => {
  it("counts the smallest whole number of items that meets >= and >", () => {
    expect(neededItems(150, 185, ">=", r(100))).toBe(35);
    expect(neededItems(110, 130, ">", r(90))).toBe(8);
    expect(neededItems(0, 3, ">=", r(33.34))).toBe(2);
  });

  it("counts items to reach an exact = goal, or null when no whole number does", () => {
    expect(neededItems(5, 10, "=", r(80))).toBe(3);
    expect(neededItems(1, 3, "=", r(50))).toBeNull();
    expect(neededItems(9, 10, "=", r(80))).toBeNull();
  });

  it("is null for a missed < or <= goal (adding items cannot help) and 0 for a met one", () => {
    expect(neededItems(9, 10, "<", r(50))).toBeNull();
    expect(neededItems(4, 10, "<=", r(50))).toBe(0);
  });
});

describe("compareNumbers (whole numbers in doubles, the rest exact)", () => {
  const exact = (numerator: number, denominator: number, goal: number) =>
    compareRate(
      ratioOf(numerator) ?? { n: BigInt(0), d: BigInt(1) },
      ratioOf(denominator) ?? { n: BigInt(0), d: BigInt(1) },
      ratioOf(goal)!
    );

  it("agrees with the BigInt comparison on random rates at and around their goals", () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const disagreements: string[] = [];
    for (let n = 0; n < 50000; n++) {
      const denominator = pick([
        Math.floor(random() * 200) - 20,
        Math.floor(random() * 2 ** 53),
        2 ** 53 - 1,
        -(2 ** 52),
        1e21,
        130,
        0.5,
        Math.floor(random() * 1000) / 7,
      ]);
      const numerator = pick([
        Math.floor(random() * 300) - 30,
        Math.floor(random() * 2 ** 53),
        Number.MAX_SAFE_INTEGER,
        117,
        121,
        2.5,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        denominator,
      ]);
      const goal = pick([90, 93.08, 100, 57, 0, -5, 1e-7, 123456789.125, 2 ** 60, 1 / 3]);
      if (denominator === 0) continue;
      const fast = compareNumbers(numerator, denominator, goalRatio(ratioOf(goal)!));
      if (Math.sign(fast) !== exact(numerator, denominator, goal))
        disagreements.push(`${numerator}/${denominator} vs ${goal}`);
    }
    expect(disagreements).toEqual([]);
  });

  it("decides a rate exactly at its goal as equal (117 of 130 is 90)", () => {
    expect(compareNumbers(117, 130, goalRatio(ratioOf(90)!))).toBe(0);
    expect(compareNumbers(57, 100, goalRatio(ratioOf(57)!))).toBe(0);
    expect(compareNumbers(121, 130, goalRatio(ratioOf(93.08)!))).toBe(-1);
  });

  it("tells a unit more from a unit less where the products pass 2^53 (doubles would round them together)", () => {
    const wrong: number[] = [];
    for (let a = 2 ** 53 - 1; a > 2 ** 53 - 2000; a--) {
      if (compareNumbers(a, a - 1, goalRatio(ratioOf(100)!)) !== 1) wrong.push(a);
      if (compareNumbers(a - 1, a, goalRatio(ratioOf(100)!)) !== -1) wrong.push(a);
    }
    expect(wrong).toEqual([]);
  });
});
