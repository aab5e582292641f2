import { SHEETS } from "../form/form";
import { readMapping } from "./mapping-sheet";
import { findSheet } from "./sheet-reader";
import type { WorkbookSnapshot } from "../model/snapshot";

/**
 * True when the workbook has at least one sheet of the committee form, by its name or through the saved header
 * mapping. Without one it is most likely another file: the pane says so instead of writing a report into it,
 * and still offers to insert the standard sheets or to say which sheet is which.
 */
export function hasCommitteeSheets(snapshot: WorkbookSnapshot): boolean {
  const mapping = readMapping(snapshot);
  return Object.values(SHEETS).some((def) => findSheet(snapshot, def, mapping) !== null);
}
