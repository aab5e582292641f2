/**
 * Headers and sheet names as staff write them: compared after normaliseHeader,
 * with the common abbreviations (`ĐV`, `TDP`, `TCCS` …, HEADER_ABBREVIATIONS in
 * form.ts) written out, so `Số ĐV` is `Số đảng viên` and `Số thôn, TDP` is
 * `Số thôn, tổ dân phố`.
 */
import { HEADER_ABBREVIATIONS } from "../form/form";
import { normaliseHeader } from "../helpers/normalise";

let pattern: RegExp | null = null;
let expansions: Map<string, string> | null = null;

/** Abbreviations written out in text already normalised (normaliseHeader). */
export function expandAbbreviations(normalised: string): string {
  if (!pattern || !expansions) {
    expansions = new Map(
      HEADER_ABBREVIATIONS.map(([short, long]) => [normaliseHeader(short), normaliseHeader(long)])
    );
    pattern = new RegExp(`(^|[^a-z0-9])(${[...expansions.keys()].join("|")})(?![a-z0-9])`, "g");
  }
  const table = expansions;
  return normalised.replace(
    pattern,
    (_, before: string, short: string) => before + (table.get(short) ?? short)
  );
}

/** The key a header or sheet name is compared by. */
export function headerKey(text: string): string {
  return expandAbbreviations(normaliseHeader(text));
}
