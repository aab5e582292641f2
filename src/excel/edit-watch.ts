/** What Excel tells a change handler (Worksheet.onChanged); `triggerSource` is ExcelApi 1.14. */
export interface ChangeEvent {
  readonly address?: string;
  readonly triggerSource?: string;
}

export interface EditWatch {
  /** The sheets watched, by name at the time of registering. */
  readonly sheets: ReadonlyArray<string>;
  readonly handlers: ReadonlyArray<
    OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>
  >;
}

/**
 * Registers Worksheet.onChanged (ExcelApi 1.7) on each sheet the user fills in: the sheets the last read checked
 * (our report sheet is not among them).
 * WorksheetCollection.onChanged would catch new sheets too, but it needs 1.9; new sheets are picked up when the
 * next validation re-registers.
 */
export async function watchEdits(
  context: Excel.RequestContext,
  onEdited: (sheet: string, event: ChangeEvent) => void,
  only?: ReadonlyArray<string>
): Promise<EditWatch> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const watched = worksheets.items.filter((worksheet) => !only || only.includes(worksheet.name));
  const handlers = watched.map((worksheet) => {
    const name = worksheet.name;
    return worksheet.onChanged.add(async (event) => onEdited(name, event));
  });
  await context.sync();
  return { sheets: watched.map((worksheet) => worksheet.name), handlers };
}

/** Removes the handlers; `context` must be the one they were added with (Excel.run(handler.context, …)). */
export async function stopWatching(context: Excel.RequestContext, watch: EditWatch): Promise<void> {
  for (const handler of watch.handlers) handler.remove();
  await context.sync();
}
