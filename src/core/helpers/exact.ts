/**
 * Exact arithmetic for goals: whether numerator ÷ denominator × 100 meets a
 * goal, and how many more items would meet it, decided on integers (BigInt),
 * never on rounded or floating-point rates: a float rate such as 57/100*100
 * (56.99999999999999, so 57 of 100 would miss `>= 57`) or a rate rounded for display can flip a goal at its edge.
 */
import type { Operator } from "../model/report";

/** A rational number n/d with d > 0. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

const TEN = BigInt(10);
const ZERO = BigInt(0);
const ONE = BigInt(1);
const HUNDRED = BigInt(100);

/** The exact decimal a JS number prints as (`93.08` → 9308/100): what the user typed, not its binary approximation. */
export function ratioOf(value: number): Ratio | null {
  if (!Number.isFinite(value)) return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return null;
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  let n = BigInt(whole + fraction);
  let d = TEN ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent >= 0) n *= TEN ** BigInt(exponent);
  else d *= TEN ** BigInt(-exponent);
  return { n: sign ? -n : n, d };
}

function sign(value: bigint): number {
  return value > ZERO ? 1 : value < ZERO ? -1 : 0;
}

/** Sign of (numerator ÷ denominator × 100 − goal); the denominator must not be 0. */
export function compareRate(numerator: Ratio, denominator: Ratio, goal: Ratio): number {
  // value = (nn/nd) / (dn/dd) × 100 = nn·dd·100 / (nd·dn)
  const top = numerator.n * denominator.d * HUNDRED;
  const bottom = numerator.d * denominator.n;
  // value − g.n/g.d = (top·g.d − g.n·bottom) / (bottom·g.d), g.d > 0
  return sign(top * goal.d - goal.n * bottom) * sign(bottom);
}

function ratioOrZero(value: number): Ratio {
  return ratioOf(value) ?? { n: ZERO, d: ONE };
}

/** A goal's ratio ready for comparing many rates with it: its parts also as JS numbers (converted once). */
export interface GoalRatio {
  readonly ratio: Ratio;
  readonly n: number;
  readonly d: number;
}

export function goalRatio(ratio: Ratio): GoalRatio {
  return { ratio, n: Number(ratio.n), d: Number(ratio.d) };
}

/**
 * compareRate for two JS numbers (a non-finite one counts as 0). Whole numbers, the usual case, are compared in
 * doubles when every product stays below 2^53 (so each is exact, and so is the sign of their difference): 100,000
 * units' rates cost no BigInt and no decimal parsing. Anything else goes through the exact ratios.
 */
export function compareNumbers(numerator: number, denominator: number, goal: GoalRatio): number {
  if (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    Number.isSafeInteger(goal.n) &&
    Number.isSafeInteger(goal.d)
  ) {
    // numerator·100·g.d versus g.n·denominator, as in compareRate with both denominators 1.
    const left = numerator * 100 * goal.d;
    const right = goal.n * denominator;
    if (Math.abs(left) <= Number.MAX_SAFE_INTEGER && Math.abs(right) <= Number.MAX_SAFE_INTEGER)
      return Math.sign(left - right) * Math.sign(denominator);
  }
  return compareRate(ratioOrZero(numerator), ratioOrZero(denominator), goal.ratio);
}

export function satisfies(comparison: number, operator: Operator): boolean {
  switch (operator) {
    case ">":
      return comparison > 0;
    case ">=":
      return comparison >= 0;
    case "=":
      return comparison === 0;
    case "<=":
      return comparison <= 0;
    case "<":
      return comparison < 0;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== ZERO && a < ZERO !== b < ZERO ? q - ONE : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/**
 * The smallest whole k ≥ 0 such that (numerator + k) ÷ denominator × 100 meets
 * the goal, the denominator unchanged (integers, denominator > 0). 0 when
 * already met; null when no increase meets it (`<`, `<=` missed, or `=` not
 * reachable in whole items).
 */
export function neededItems(
  numerator: number,
  denominator: number,
  operator: Operator,
  goal: Ratio
): number | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    return null;
  const num = BigInt(numerator);
  // (num + k)·100·g.d  op  g.n·den
  const scale = HUNDRED * goal.d;
  const bound = goal.n * BigInt(denominator);
  let least: bigint;
  switch (operator) {
    case ">=":
      least = ceilDiv(bound, scale);
      break;
    case ">":
      least = floorDiv(bound, scale) + ONE;
      break;
    case "=":
      if (bound % scale !== ZERO) return null;
      least = bound / scale;
      if (least < num) return null;
      break;
    case "<":
    case "<=":
      return satisfies(
        compareRate({ n: num, d: ONE }, { n: BigInt(denominator), d: ONE }, goal),
        operator
      )
        ? 0
        : null;
  }
  const k = least - num;
  return k > ZERO ? Number(k) : 0;
}
