/**
 * Who a workbook is from, as its summary sheet names it: the committee's name and code and the year
 * (the summary's `committee`, `committee_code` and `year` items, their values text). The level above uses
 * it to name roll-up units and to tell two workbooks of the same committee apart.
 */
import { classifyCell } from './cell-reader';
import { FindingList } from '../findings/findings';
import { SHEETS } from '../form/form';
import { readMapping } from './mapping-sheet';
import { normaliseHeader, normaliseKey } from '../helpers/normalise';
import { findSheet } from './sheet-reader';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface CommitteeIdentity {
  readonly name: string | null;
  readonly code: string | null;
  readonly year: string | null;
}

/** Labels as staff write them, besides the ids (compared after normaliseHeader). */
const IDENTITY_LABELS: Readonly<Record<keyof CommitteeIdentity, ReadonlyArray<string>>> = {
  name: ['committee', 'Committee', 'Committee name', 'Tên cấp ủy', 'Tên cấp uỷ', 'Tên đảng bộ', 'Cấp ủy', 'Đảng bộ'],
  code: ['committee_code', 'Committee code', 'Mã cấp ủy', 'Mã cấp uỷ', 'Mã đảng bộ'],
  year: ['year', 'Year', 'Năm', 'Năm báo cáo'],
};

const LOOKUP: ReadonlyMap<string, keyof CommitteeIdentity> = new Map(
  (Object.entries(IDENTITY_LABELS) as Array<[keyof CommitteeIdentity, ReadonlyArray<string>]>).flatMap(([key, labels]) =>
    labels.map((label) => [normaliseHeader(label), key] as const),
  ),
);

function cellText(cell: unknown): string | null {
  const classified = classifyCell(cell);
  if (classified.kind === 'text') return classified.value.normalize('NFC').trim().replace(/\s+/g, ' ') || null;
  if (classified.kind === 'number') return String(classified.value);
  return null;
}

/** The committee the workbook names in its summary sheet; nulls where it does not say. */
export function committeeIdentity(snapshot: WorkbookSnapshot): CommitteeIdentity {
  const identity: { name: string | null; code: string | null; year: string | null } = { name: null, code: null, year: null };
  const workbook = snapshot && typeof snapshot === 'object' ? snapshot : { sheets: [] };
  const found = findSheet(workbook, SHEETS.summary, readMapping(workbook));
  if (!found || !Array.isArray(found.sheet.rows)) return identity;
  for (const row of found.sheet.rows) {
    if (!Array.isArray(row)) continue;
    // The item is the row's first text cell; its value the next non-empty cell to the right.
    for (let c = 0; c < row.length; c++) {
      const label = cellText(row[c]);
      if (label === null) continue;
      const key = label.length <= 200 ? LOOKUP.get(normaliseHeader(label)) : undefined;
      if (key && identity[key] === null) {
        for (let v = c + 1; v < row.length; v++) {
          const value = cellText(row[v]);
          if (value !== null) {
            identity[key] = value;
            break;
          }
        }
      }
      break;
    }
  }
  return identity;
}

/** A key for "the same committee": its code compared as a key, else null. */
export function committeeKey(identity: CommitteeIdentity): string | null {
  return identity.code === null ? null : normaliseKey(identity.code);
}
