import { escapeJsonControls } from "../../src/cli/escape";
import { reportJsonChunks } from "../../src/cli/write-json";

/** What the command line printed before the JSON was written in pieces: the whole report at once, then escaped. */
function wholeJson(report: object): string {
  return escapeJsonControls(JSON.stringify(report, null, 2));
}

function streamed(report: object): string {
  return [...reportJsonChunks(report)].join("");
}

/** Equal strings; on a difference, only the neighbourhood of the first differing character is shown (a cheap failure). */
function expectSameText(actual: string, expected: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  expect({ at, actual: actual.slice(at - 80, at + 80) }).toEqual({
    at,
    actual: expected.slice(at - 80, at + 80),
  });
  expect(actual.length).toBe(expected.length);
}

/** A deterministic generator (no Math.random: a failure must replay). */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const AWKWARD = [
  "",
  "Tổ chức cơ sở đảng",
  "Nguyễn Văn A",
  'quote " backslash \\ slash /',
  "tab\tnewline\nreturn\r form\f back\b",
  "\u0000\u0001\u001b[2J\u001f",
  "DEL\u007f C1\u0080\u009b\u009f",
  "bidi\u202a\u202b\u202c\u202d\u202e iso\u2066\u2067\u2068\u2069",
  "line sep\u2028 para\u2029",
  "lone surrogates \ud800 \udfff, pair \ud83d\ude00",
  "emoji 🇻🇳 and combining e\u0301",
];

function randomValue(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 2 || pick < 0.35) {
    const scalars: unknown[] = [
      AWKWARD[Math.floor(next() * AWKWARD.length)],
      Math.round(next() * 1e6) / 100,
      -0,
      NaN,
      Infinity,
      -Infinity,
      1e21,
      5e-7,
      null,
      true,
      false,
      undefined,
    ];
    return scalars[Math.floor(next() * scalars.length)];
  }
  if (pick < 0.55)
    return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
  const object: Record<string, unknown> = {};
  const keys = Math.floor(next() * 5);
  for (let k = 0; k < keys; k++) {
    object[k === 0 ? AWKWARD[Math.floor(next() * AWKWARD.length)] : `key${k}`] = randomValue(
      next,
      depth + 1
    );
  }
  return object;
}

function randomItem(next: () => number, i: number): unknown {
  return {
    code: "not-a-number",
    severity: i % 3 === 0 ? "error" : "warning",
    sheet: AWKWARD[i % AWKWARD.length],
    cell: i % 5 === 0 ? undefined : `D${i + 3}`,
    message: AWKWARD[(i * 7) % AWKWARD.length],
    value: randomValue(next, 0),
    goal: i % 4 === 0 ? null : { operator: ">=", value: 90 + (i % 11) / 10 },
    needed: [NaN, Infinity, 0, -0, 12.5, null][i % 6],
  };
}

function randomReport(items: number, seed: number): object {
  const next = numbers(seed);
  return {
    workbook: `bad\u001b[31m\nname ${AWKWARD[seed % AWKWARD.length]}.xlsx`,
    ready: false,
    counts: { error: items, warning: 0, shortfall: NaN },
    goalsSource: "default",
    skipped: undefined,
    findings: Array.from({ length: items }, (_, i) => randomItem(next, i)),
    indicators: Array.from({ length: Math.floor(items * 1.5) }, (_, i) =>
      i % 97 === 0 ? undefined : randomItem(next, i + 1)
    ),
    extra: { nested: [[], {}, [1, [2, [3]]]], text: AWKWARD },
  };
}

describe("the JSON report written in pieces", () => {
  it("is byte for byte the whole report's JSON.stringify(report, null, 2), escaped, for every size around a piece's edge", () => {
    for (const items of [0, 1, 2, 63, 64, 65, 127, 128, 129, 200, 1000]) {
      const report = randomReport(items, items + 1);
      expectSameText(streamed(report), wholeJson(report));
    }
  });

  it("is the same on a large report of awkward text (control characters, bidi marks, lone surrogates, non-finite numbers)", () => {
    const report = randomReport(20_000, 7);
    const json = streamed(report);
    expectSameText(json, wholeJson(report));
    // No raw control character (but the newlines between lines) and no bidi mark reaches a terminal.
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(json.replace(/\n/g, "")).not.toMatch(raw);
  });

  it("writes empty and missing arrays and an empty report as JSON.stringify does", () => {
    expect(streamed({})).toBe("{}");
    expect(streamed({ a: undefined, f: () => 1 })).toBe("{}");
    const report = { findings: [], indicators: undefined, ready: true };
    expect(streamed(report)).toBe(wholeJson(report));
    const notArrays = { findings: "none", indicators: { length: 100 } };
    expect(streamed(notArrays)).toBe(wholeJson(notArrays));
  });
});
