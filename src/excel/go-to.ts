import { parseCellAddress } from "../core";
import { HostError, officeErrorCode, toHostError } from "./host-error";

/** Activates the finding's sheet and selects its cell, in one sync. */
export async function goTo(
  context: Excel.RequestContext,
  sheet: string,
  cell?: string
): Promise<void> {
  if (cell !== undefined && !parseCellAddress(cell))
    throw new HostError("other", `"${cell}" is not a cell address.`);
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    if (cell !== undefined) worksheet.getRange(cell.replace(/\$/g, "")).select();
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound")
      throw new HostError("other", `The sheet "${sheet}" is no longer in the workbook.`);
    throw toHostError(error, "other", `Going to ${sheet}${cell ? `!${cell}` : ""}`);
  }
}
