/**
 * The user's picks in the "Match headers" panel, before they are saved: which workbook sheet is a missing form
 * sheet, and which header is each missing field. Turned into a mapping laid over the one already saved.
 */
import type { SheetId } from "../core";
import { mergeMappings } from "../core";
import { sheetNeed, type MappingNeed } from "../core";
import type { HeaderMapping } from "../core";
import { normaliseHeader } from "../core";
import type { WorkbookSnapshot } from "../core";

export interface MappingDraft {
  /** Form sheet id → the workbook's sheet picked for it. */
  readonly sheets: Readonly<Partial<Record<SheetId, string>>>;
  /** Form sheet id → field id → the header text picked for it. */
  readonly columns: Readonly<Partial<Record<SheetId, Readonly<Record<string, string>>>>>;
}

export const EMPTY_DRAFT: MappingDraft = { sheets: {}, columns: {} };

export function pickSheet(draft: MappingDraft, sheetId: SheetId, name: string): MappingDraft {
  const sheets = { ...draft.sheets };
  if (name) sheets[sheetId] = name;
  else delete sheets[sheetId];
  // Headers picked on another sheet mean nothing on this one.
  const columns = { ...draft.columns };
  delete columns[sheetId];
  return { sheets, columns };
}

export function pickColumn(
  draft: MappingDraft,
  sheetId: SheetId,
  field: string,
  header: string
): MappingDraft {
  const fields = { ...(draft.columns[sheetId] ?? {}) };
  if (header) fields[field] = header;
  else delete fields[field];
  return { ...draft, columns: { ...draft.columns, [sheetId]: fields } };
}

/** The need as it stands with the draft's pick: for a missing sheet, that of the sheet picked for it. */
export function needWithPick(
  snapshot: WorkbookSnapshot,
  need: MappingNeed,
  draft: MappingDraft,
  saved: HeaderMapping
): MappingNeed {
  const picked = need.sheet === null ? draft.sheets[need.sheetId] : undefined;
  return picked ? sheetNeed(snapshot, need.sheetId, picked, saved) : need;
}

/** Fields whose header is also picked for an earlier field of the same sheet (the engine would see one column twice). */
export function repeatedPicks(
  draft: MappingDraft,
  sheetId: SheetId,
  fields: ReadonlyArray<string>
): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const field of fields) {
    const header = draft.columns[sheetId]?.[field];
    if (!header) continue;
    const key = normaliseHeader(header);
    if (seen.has(key)) repeated.add(field);
    seen.add(key);
  }
  return repeated;
}

/** The picks that still apply to the needs shown, as a mapping (sheets picked, and headers of the fields listed). */
export function draftMapping(
  draft: MappingDraft,
  needs: ReadonlyArray<MappingNeed>
): HeaderMapping {
  const sheets: Partial<Record<SheetId, string>> = {};
  const columns: Partial<Record<SheetId, Record<string, string>>> = {};
  for (const need of needs) {
    const picked = draft.sheets[need.sheetId];
    if (picked) sheets[need.sheetId] = picked;
    for (const field of need.fields) {
      const header = draft.columns[need.sheetId]?.[field];
      if (header) (columns[need.sheetId] ??= {})[field] = header;
    }
  }
  return { sheets, columns };
}

export { mergeMappings };
