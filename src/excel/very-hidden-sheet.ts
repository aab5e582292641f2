/**
 * A sheet the add-in keeps inside the workbook (the header mapping, the stamp): very hidden, so staff cannot
 * see or delete it by accident, every cell text, rewritten whole. No rows deletes it.
 *
 * One sync when the caller knows whether the sheet exists; one more to look first when it does not, or when
 * what it knew turned out stale. Requirement sets: add, delete, values, numberFormat, clear 1.1; visibility 1.1
 * (writable since 1.2); getItemOrNullObject 1.4.
 */
import { columnLetters } from "../core";
import { officeErrorCode } from "./host-error";

export interface VeryHiddenSheet {
  readonly name: string;
  /** Columns A.. the rows may fill. */
  readonly columns: number;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

/** The errors of a write planned on stale knowledge of the sheet: nothing of that batch was done. */
const STALE = new Set(["ItemNotFound", "ItemAlreadyExists"]);

async function sheetExists(context: Excel.RequestContext, name: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  return !sheet.isNullObject;
}

async function write(
  context: Excel.RequestContext,
  target: VeryHiddenSheet,
  exists: boolean
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const { name, rows } = target;
  if (rows.length === 0) {
    if (!exists) return;
    const sheet = worksheets.getItem(name);
    // Excel refuses to delete a very hidden sheet; hidden, it may go.
    sheet.visibility = "Hidden" as Excel.SheetVisibility;
    sheet.delete();
    await context.sync();
    return;
  }
  // The first call of each branch is the one that fails on stale knowledge, before anything is written.
  const sheet = exists ? worksheets.getItem(name) : worksheets.add(name);
  if (exists) sheet.getRange().clear();
  const values = rows.map((row) => Array.from({ length: target.columns }, (_, c) => row[c] ?? ""));
  const range = sheet.getRange(`A1:${columnLetters(target.columns - 1)}${rows.length}`);
  // Text format first, so a sheet name or header starting with `=` stays text.
  range.numberFormat = values.map((row) => row.map(() => "@"));
  range.values = values;
  sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  await context.sync();
}

/** Creates or rewrites the sheet (deletes it when there are no rows); returns whether it exists afterwards. */
export async function writeVeryHiddenSheet(
  context: Excel.RequestContext,
  target: VeryHiddenSheet,
  options: { readonly exists?: boolean } = {}
): Promise<boolean> {
  // A delete that believes there is nothing to delete looks first: leaving a stale sheet behind is worse than a sync.
  if (options.exists === undefined || (target.rows.length === 0 && !options.exists)) {
    await write(context, target, await sheetExists(context, target.name));
    return target.rows.length > 0;
  }
  try {
    await write(context, target, options.exists);
  } catch (error) {
    if (!STALE.has(officeErrorCode(error) ?? "")) throw error;
    await write(context, target, await sheetExists(context, target.name));
  }
  return target.rows.length > 0;
}
