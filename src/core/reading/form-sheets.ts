/**
 * The form sheets of a workbook read as the engine reads them, once: legacy-encoded text converted, the
 * saved header mapping applied, each sheet found and read with the layout of real report forms. Validation
 * checks what this returns; the stamp hashes it; the level above names the committee from it.
 */
import type { FindingList } from "../findings/findings";
import { SHEETS, SHEET_IDS, groupLabels, type SheetId } from "../form/form";
import type { Lang, Locale } from "../model/report";
import type { WorkbookSnapshot } from "../model/snapshot";
import { decodeLegacyText, type LegacySheet } from "./legacy-snapshot";
import { readMapping } from "./mapping-sheet";
import { findSheet, lazyUnitKeys, readSheet, type SheetRead } from "./sheet-reader";
import { isSummaryItemRow, isSummaryTextRow } from "./summary-items";

export interface FormRead {
  /** The workbook as read: legacy-encoded text converted. */
  readonly workbook: WorkbookSnapshot;
  readonly reads: Partial<Record<SheetId, SheetRead>>;
}

export interface FormReadOptions {
  readonly findings: FindingList;
  readonly locale: Locale;
  readonly lang: Lang;
  /** Called once the text is converted, before any sheet is read (its findings come first). */
  readonly converted?: (legacy: ReadonlyArray<LegacySheet>) => void;
  /** Called as each sheet is read (with null for a sheet the workbook lacks), in the spec's order. */
  readonly each?: (id: SheetId, read: SheetRead | null, specIndex: number) => void;
}

export function readFormSheets(
  snapshot: WorkbookSnapshot,
  { findings, locale, lang, converted, each }: FormReadOptions
): FormRead {
  // Text typed in TCVN3 or VNI is converted before anything is read (sheet names, headers, names, codes).
  const decoded = decodeLegacyText(
    snapshot && typeof snapshot === "object" ? snapshot : { sheets: [] }
  );
  const workbook = decoded.workbook;
  converted?.(decoded.sheets);
  // The committee's own names for sheets and headers, saved in the workbook from the pane.
  const mapping = readMapping(workbook);
  const reads: Partial<Record<SheetId, SheetRead>> = {};
  SHEET_IDS.forEach((id, specIndex) => {
    const def = SHEETS[id];
    const found = findSheet(workbook, def, mapping);
    if (found) {
      // A row with a unit's code is never taken for footer; the units sheet is read first.
      const unitKeys = id !== "units" && reads.units ? lazyUnitKeys(reads.units) : null;
      const knownRow = id === "summary" ? isSummaryItemRow : undefined;
      const textRow = id === "summary" ? isSummaryTextRow : undefined;
      reads[id] = readSheet({
        def,
        found,
        findings,
        locale,
        lang,
        mapping,
        unitKeys,
        groupLabels: groupLabels(),
        knownRow,
        textRow,
      });
    }
    each?.(id, reads[id] ?? null, specIndex);
  });
  return { workbook, reads };
}
