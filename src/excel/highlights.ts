import type { HighlightArea } from "./highlight-areas";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from "./marker";
import { ACTION_BYTES, type WriteStep } from "./write-steps";
import { rectAddress } from "./a1";

/**
 * Conditional formats are drawn by Excel on every recalculation; beyond this many areas (scattered cells on a
 * huge sheet) the workbook would slow down for the user, so the rest are left to the report sheet's table.
 */
export const MAX_HIGHLIGHT_AREAS = 1_000;

type SheetGetter = (name: string) => Excel.Worksheet;

/** One proxy per sheet for the whole write, instead of a getItem per area. */
export function sheetGetter(context: Excel.RequestContext): SheetGetter {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = context.workbook.worksheets.getItem(name)));
    return sheet;
  };
}

/** Deletes our earlier highlights by id (the ids were read with the workbook, so no extra sync is needed). */
export function removeHighlightSteps(
  sheet: SheetGetter,
  highlightsBySheet: ReadonlyArray<{ name: string; ids: ReadonlyArray<string> }>
): WriteStep[] {
  return highlightsBySheet
    .filter(({ ids }) => ids.length > 0)
    .map(({ name, ids }) => ({
      bytes: ACTION_BYTES * (2 + ids.length * 2),
      queue: () => {
        const formats = sheet(name).getRange().conditionalFormats;
        for (const id of ids) formats.getItem(id).delete();
      },
    }));
}

/**
 * A custom conditional format per area, marked by its formula and coloured by severity; each is pushed to `added`
 * with its id loaded. Conditional formats
 * sit above the user's own fill, borders and number formats without changing them, so removing ours later
 * shows the cells exactly as they were.
 */
export function addHighlightSteps(
  sheet: SheetGetter,
  areas: ReadonlyArray<HighlightArea>,
  added: Array<{ sheet: string; format: Excel.ConditionalFormat }> = []
): WriteStep[] {
  return areas.map((area) => ({
    bytes: ACTION_BYTES * 6,
    queue: () => {
      const { row, column, rowCount, columnCount } = area.rect;
      const format = sheet(area.sheet)
        .getRange(rectAddress(row, column, rowCount, columnCount))
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = HIGHLIGHT_FORMULA;
      format.custom.format.fill.color = HIGHLIGHT_FILL[area.severity];
      // Its id comes back with the same sync: what we record as ours, so nothing else is ever deleted as ours.
      format.load("id");
      added.push({ sheet: area.sheet, format });
    },
  }));
}
