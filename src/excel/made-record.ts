import type { Capabilities } from "./capabilities";
import type { DocumentSettings } from "./document-settings";

/**
 * What the add-in made in this workbook, by Office.js id: the report sheet (with the address of its used range
 * right after we wrote it) and each highlight (conditional format) by the id of its sheet. Clear and the next
 * validation delete exactly these and nothing that merely looks like ours. Kept beside the stored state, under
 * its own key, so the pane's saveState (language, last validation) never overwrites it.
 */
export interface MadeRecord {
  readonly reportSheet?: { readonly id: string; readonly used: string };
  readonly highlights: ReadonlyArray<{
    readonly sheetId: string;
    readonly ids: ReadonlyArray<string>;
  }>;
}

export const MADE_KEY = "committeeCheckMade";

export const NOTHING_MADE: MadeRecord = { highlights: [] };

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length < 1_000;
}

/** The stored record, keeping only what has the right shape: anything else proves nothing, so nothing is ours. */
export function parseMadeRecord(raw: unknown): MadeRecord {
  let value = raw;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return NOTHING_MADE;
    }
  }
  if (typeof value !== "object" || value === null) return NOTHING_MADE;
  const { reportSheet, highlights } = value as { reportSheet?: unknown; highlights?: unknown };
  const report = reportSheet as { id?: unknown; used?: unknown } | undefined;
  return {
    ...(report && isId(report.id) && typeof report.used === "string"
      ? { reportSheet: { id: report.id, used: report.used } }
      : {}),
    highlights: Array.isArray(highlights)
      ? highlights.flatMap((entry: { sheetId?: unknown; ids?: unknown }) =>
          entry && isId(entry.sheetId) && Array.isArray(entry.ids)
            ? [{ sheetId: entry.sheetId, ids: entry.ids.filter(isId) }]
            : []
        )
      : [],
  };
}

export function highlightIdsOn(record: MadeRecord, sheetId: string): ReadonlySet<string> {
  return new Set(record.highlights.filter((h) => h.sheetId === sheetId).flatMap((h) => h.ids));
}

/**
 * Queues the record's load (Workbook.settings, ExcelApi 1.4) into the caller's next sync; before 1.4 it is read
 * from Office's document settings at once. Call the returned function after that sync.
 */
export function queueLoadMadeRecord(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  documentSettings: DocumentSettings | undefined
): () => MadeRecord {
  if (!capabilities.supports("1.4")) {
    const record = parseMadeRecord(documentSettings?.get(MADE_KEY));
    return () => record;
  }
  const setting = context.workbook.settings.getItemOrNullObject(MADE_KEY);
  setting.load("value");
  return () => recordIn(setting);
}

/** The record in a setting loaded by the caller's sync. */
function recordIn(loaded: Excel.Setting): MadeRecord {
  return loaded.isNullObject ? NOTHING_MADE : parseMadeRecord(loaded.value);
}

/**
 * Saves the record: queued into the caller's next sync from ExcelApi 1.4 (the returned promise is then already
 * settled); before it, set in Office's document settings and saved with saveAsync.
 */
export function saveMadeRecord(
  context: Excel.RequestContext,
  record: MadeRecord,
  capabilities: Capabilities,
  documentSettings: DocumentSettings | undefined
): Promise<void> {
  const text = JSON.stringify(record);
  if (capabilities.supports("1.4")) {
    context.workbook.settings.add(MADE_KEY, text);
    return Promise.resolve();
  }
  if (!documentSettings) return Promise.resolve();
  documentSettings.set(MADE_KEY, text);
  return new Promise((resolve, reject) =>
    documentSettings.saveAsync((result) =>
      String(result.status).toLowerCase() === "succeeded"
        ? resolve()
        : reject(
            new Error(`Saving what Committee Check made: ${result.error?.message ?? "failed"}`)
          )
    )
  );
}
