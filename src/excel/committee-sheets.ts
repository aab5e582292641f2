import { SHEETS } from '../core/form';
import { normaliseHeader } from '../core/normalise';

/** Every accepted spelling of every form sheet (English name, Vietnamese name, id), compared as the spec says. */
const COMMITTEE_SHEET_NAMES: ReadonlySet<string> = new Set(
  Object.values(SHEETS).flatMap((sheet) => [sheet.names.en, sheet.names.vi, sheet.id].map((name) => normaliseHeader(name))),
);

export function isCommitteeSheetName(name: string): boolean {
  return COMMITTEE_SHEET_NAMES.has(normaliseHeader(name));
}
