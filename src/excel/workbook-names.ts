import type { WorkbookSnapshot } from "../core";

export interface WorkbookNames {
  readonly worksheets: ReadonlyArray<Excel.Worksheet>;
  /** The sheets by name only (no cells): enough for the engine to recognise which form sheets exist. */
  readonly byName: WorkbookSnapshot;
  /** Table and defined names already used, which a new table's name must avoid. */
  readonly takenNames: ReadonlyArray<string>;
}

/** One sync: the sheets, tables and defined names, before adding sheets or tables to the workbook. */
export async function loadWorkbookNames(context: Excel.RequestContext): Promise<WorkbookNames> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  return {
    worksheets: worksheets.items,
    byName: { sheets: worksheets.items.map((worksheet) => ({ name: worksheet.name, rows: [] })) },
    takenNames: [
      ...tables.items.map((table) => table.name),
      ...names.items.map((name) => name.name),
    ],
  };
}
