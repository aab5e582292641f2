/**
 * What the byte XML reader's property tests share: their run settings, how a refusal is told, saxes (the oracle)
 * over a part, the byte reader fed a part in pieces cut anywhere, and a document damaged at one place.
 */
import fc from "fast-check";
import { zipSync } from "fflate";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import type { ByteXmlParser } from "../../src/xlsx/xlsx/byte-xml";
import { LIMITS, type Limits } from "../../src/xlsx/xlsx/limits";
import { parsePart, type XmlHandler } from "../../src/xlsx/xlsx/xml";
import { ReadBudget, readCentralDirectory } from "../../src/xlsx/xlsx/zip";

export const RUNS = Number(process.env.PROPERTY_RUNS ?? "") || 300;

/** The property tests' runs, and their seed (FC_SEED for another). */
export const PROPERTY = { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? "") || 20261130 };

/** The reason a reader gave for refusing a part: an UnreadableWorkbookError's, or else "damaged". */
export function refusal(error: unknown): string {
  if (error instanceof UnreadableWorkbookError) return error.reason;
  return "damaged";
}

/** saxes, as xml.ts drives it, over `xml` as a stored zip entry. */
export function parseWithSaxes(
  xml: Uint8Array,
  handler: XmlHandler,
  limits: Limits = LIMITS
): void {
  const zip = zipSync({ "part.xml": [xml, { level: 0 }] });
  const entry = readCentralDirectory(zip).get("part.xml")!;
  parsePart(zip, entry, handler, new ReadBudget(), limits);
}

/** Feeds `xml` to `parser` in pieces cut at `cuts` (fast-check's numbers taken modulo its length + 1), then ends it. */
export function pushInPieces(
  parser: ByteXmlParser,
  xml: Uint8Array,
  cuts: readonly number[]
): void {
  let at = 0;
  const inside = cuts.map((c) => c % (xml.length + 1)).filter((c) => c > 0 && c < xml.length);
  for (const cut of inside.sort((a, b) => a - b)) {
    parser.push(xml.slice(at, cut));
    at = cut;
  }
  parser.push(xml.slice(at));
  parser.end();
}

/** `xml` with one character deleted (`delete`) or a text inserted (`insert <text>`) at `at` (modulo its length + 1). */
export function damaged(xml: string, at: number, kind: string): string {
  const position = at % (xml.length + 1);
  if (kind === "delete") return xml.slice(0, position) + xml.slice(position + 1);
  return xml.slice(0, position) + kind.slice("insert ".length) + xml.slice(position);
}

/**
 * The property that a document damaged at one or two places (each `delete` or `insert <text>` of `damageKinds`, see
 * damaged) is refused for the same reason as by saxes, or read alike, cut anywhere:
 * `withSaxes` and `withBytes` give an outcome, an object with a `refused` key when refused. Returns how many runs
 * saxes refused, for the caller to check that the damage reached the refusals.
 */
export function assertDamagedAlike<D>(
  documents: fc.Arbitrary<D>,
  damageKinds: readonly string[],
  build: (document: D) => string,
  withSaxes: (bytes: Uint8Array) => object,
  withBytes: (bytes: Uint8Array, cuts: number[]) => object
): number {
  const encoder = new TextEncoder();
  const damage = fc.record({ at: fc.nat(), kind: fc.constantFrom(...damageKinds) });
  let refused = 0;
  fc.assert(
    fc.property(
      documents,
      fc.array(damage, { minLength: 1, maxLength: 2 }),
      fc.array(fc.nat(), { maxLength: 4 }),
      (document, damages, cuts) => {
        let xml = build(document);
        for (const { at, kind } of damages) xml = damaged(xml, at, kind);
        const bytes = encoder.encode(xml);
        const expected = withSaxes(bytes);
        if ("refused" in expected) refused++;
        expect(withBytes(bytes, cuts)).toEqual(expected);
      }
    ),
    PROPERTY
  );
  return refused;
}
