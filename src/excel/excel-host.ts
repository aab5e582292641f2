import { clear } from "./clear";
import { EditWatcher, type Run, type RunWith } from "./edit-watcher";
import { goTo } from "./go-to";
import { toHostError } from "./host-error";
import { readWorkbook, type ReadOptions } from "./read-snapshot";
import { loadState, saveState } from "./settings";
import { showReport } from "./show-report";
import { saveMapping } from "./save-mapping";
import { writeVeryHiddenSheet } from "./very-hidden-sheet";
import { STAMP_SHEET_NAME, isMappingSheetName, isStampSheetName, readMapping } from "../core";
import type { HeaderMapping } from "../core";
import { insertStandardSheets } from "./insert-template";
import { writeGoals } from "./write-goals";
import type { StoredState, WorkbookHost } from "../core";
import type { WorkbookLayout } from "./workbook-layout";
import { describeFeatures, detectCapabilities, type Capabilities } from "./capabilities";
import {
  loadDocumentState,
  officeDocumentSettings,
  saveDocumentState,
  type DocumentSettings,
} from "./document-settings";
import { HostError } from "./host-error";
import { selfCheck } from "./self-check";

/** The Excel face of the pane's one interface to a workbook. */
export type ExcelWorkbookHost = WorkbookHost;

export interface ExcelHostOptions {
  readonly run?: Run;
  readonly runWith?: RunWith;
  /** The document's URL or path (Office.context.document.url), for the name shown in the report. */
  readonly documentUrl?: () => string | undefined;
  readonly read?: ReadOptions;
  /** What this Excel supports; asked of Office once (isSetSupported per set) when not given. */
  readonly capabilities?: Capabilities;
  /** Office's document settings, where the state is kept before ExcelApi 1.4. */
  readonly documentSettings?: () => DocumentSettings | undefined;
}

/** The header mapping, goals and standard sheets need getUsedRangeOrNullObject and getItemOrNullObject (1.4). */
function formToolsOff(): HostError {
  return new HostError(
    "other",
    "This Excel lacks ExcelApi 1.4, which inserting sheets, saving goals and saving the header matching need."
  );
}

/** `…/Tam Duong 2023.xlsx?web=1` or `C:\…\tam-duong-2023.xlsx` → the file name. */
export function fileNameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.split(/[?#]/)[0];
  const last = path.split(/[\\/]/).filter(Boolean).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A validation-shaped state without its time: what showReport already stored for this run. */
function validationKey(state: StoredState): string {
  return JSON.stringify({
    lang: state.lang,
    ready: state.lastValidation?.ready,
    counts: state.lastValidation?.counts,
  });
}

/** One Excel.run per user action; the functions it calls take the context, so tests drive them with a mock. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelWorkbookHost {
  const run: Run = options.run ?? ((batch) => Excel.run(batch));
  const runWith: RunWith = options.runWith ?? ((context, batch) => Excel.run(context, batch));
  const documentUrl =
    options.documentUrl ??
    (() => (typeof Office !== "undefined" ? Office.context?.document?.url : undefined));
  const watcher = new EditWatcher(run, runWith);
  const capabilities = options.capabilities ?? detectCapabilities();
  const documentSettings = options.documentSettings ?? officeDocumentSettings;
  const workbookSettings = capabilities.supports("1.4");
  const formTools = capabilities.supports("1.4");
  // What the last read learned (sheets, protection, our earlier highlights), so writing needs no extra sync.
  let layout: WorkbookLayout | undefined;
  // What showReport stored, so the pane's saveState right after it does not cost a second round trip.
  let storedByReport: string | undefined;
  // Whether the workbook has its mapping sheet, as the last read or save saw it, so saving costs one sync.
  let mappingSheetExists: boolean | undefined;
  // The saved header mapping as last read or saved, so that inserting the standard sheets respects it.
  let mapping: HeaderMapping | null = null;

  const guarded = async <T>(
    doing: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> => {
    try {
      return await run(batch);
    } catch (error) {
      throw toHostError(error, "other", doing);
    }
  };

  return {
    async workbookName() {
      const fromUrl = fileNameOf(documentUrl());
      if (fromUrl) return fromUrl;
      // Workbook.name is ExcelApi 1.7; an unsaved workbook on an older Excel has no name we can learn.
      if (!capabilities.supports("1.7")) return "Excel";
      return guarded("Reading the workbook name", async (context) => {
        context.workbook.load("name");
        await context.sync();
        return context.workbook.name;
      });
    },

    async readSnapshot(onProgress) {
      layout = undefined;
      watcher.reading();
      const read = await guarded("Reading the workbook", (context) =>
        readWorkbook(context, onProgress, {
          ...options.read,
          capabilities,
          documentSettings: documentSettings(),
        })
      );
      layout = read.layout;
      mappingSheetExists = read.layout.sheets.some((sheet) => isMappingSheetName(sheet.name));
      mapping = readMapping(read.snapshot);
      // Nobody types into the very hidden mapping sheet: only the sheets staff see are watched for edits.
      void watcher.checked(
        read.snapshot.sheets
          .map((sheet) => sheet.name)
          .filter((name) => !isMappingSheetName(name) && !isStampSheetName(name))
      );
      return read.snapshot;
    },

    async showReport(report, lang) {
      const known = layout;
      // The ids in the layout are of highlights this write replaces; after it, only a new read knows the new ones.
      layout = undefined;
      storedByReport = undefined;
      await watcher.ownWrite(() =>
        guarded("Writing the report", (context) =>
          showReport(context, report, lang, {
            layout: known,
            capabilities,
            documentSettings: documentSettings(),
          })
        )
      );
      // Before 1.4 the report's write could not save the state: the pane's saveState right after does it.
      if (workbookSettings)
        storedByReport = validationKey({
          lang,
          lastValidation: { at: "", ready: report.ready, counts: report.counts },
        });
    },

    goTo(sheet, cell) {
      return guarded("Going to the cell", (context) => goTo(context, sheet, cell));
    },

    async clear() {
      layout = undefined;
      await watcher.ownWrite(() =>
        guarded("Clearing", (context) =>
          clear(context, { capabilities, documentSettings: documentSettings() })
        )
      );
    },

    loadState() {
      if (!workbookSettings) return Promise.resolve(loadDocumentState(documentSettings()));
      return guarded("Reading the saved settings", (context) => loadState(context));
    },

    async saveState(state) {
      if (
        storedByReport !== undefined &&
        state.lastValidation &&
        validationKey(state) === storedByReport
      ) {
        storedByReport = undefined;
        return;
      }
      storedByReport = undefined;
      if (!workbookSettings) return saveDocumentState(documentSettings(), state);
      await guarded("Saving the settings", (context) => saveState(context, state));
    },

    onEdited(listener) {
      // Worksheet.onChanged is ExcelApi 1.7: before it nothing is registered, and the pane says to validate again after editing.
      if (!capabilities.supports("1.7")) return () => undefined;
      return watcher.subscribe(listener);
    },

    async writeStamp(rows) {
      // The stamp sheet is the add-in's own: its edits are no user's edits.
      await watcher.ownWrite(() =>
        guarded("Writing the stamp", (context) =>
          writeVeryHiddenSheet(context, { name: STAMP_SHEET_NAME, columns: 2, rows })
        )
      );
    },

    async saveMapping(next) {
      if (!formTools) throw formToolsOff();
      const known = mappingSheetExists;
      mappingSheetExists = undefined;
      layout = undefined;
      mappingSheetExists = await watcher.ownWrite(() =>
        guarded("Saving the header mapping", (context) =>
          saveMapping(context, next, { exists: known })
        )
      );
      mapping = next;
    },

    async insertStandardSheets(lang) {
      if (!formTools) throw formToolsOff();
      // New sheets and tables: what the last read learned of the workbook's layout no longer holds.
      layout = undefined;
      const inserted = await watcher.ownWrite(() =>
        guarded("Adding the standard sheets", (context) =>
          insertStandardSheets(context, lang, {
            mapping,
            dataValidation: capabilities.supports("1.8"),
            freezePanes: capabilities.supports("1.7"),
          })
        )
      );
      return inserted.added.map((sheet) => sheet.name);
    },

    async writeGoals(goals, lang) {
      if (!formTools) throw formToolsOff();
      layout = undefined;
      // The goals sheet (found by the write) is the one checked sheet whose data we write.
      await watcher.ownWrite(
        () =>
          guarded("Saving the goals", (context) =>
            writeGoals(context, goals, lang, {
              dropdowns: capabilities.supports("1.8"),
              freezePanes: capabilities.supports("1.7"),
            })
          ),
        "any"
      );
    },

    features() {
      return describeFeatures(capabilities);
    },

    selfCheck() {
      // Writes only to sheets it makes and removes; held back from the edit watcher like our other writes.
      return watcher.ownWrite(() =>
        selfCheck({
          run,
          capabilities,
          documentSettings,
          diagnostics: () => {
            try {
              const diagnostics =
                typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
              return diagnostics
                ? { version: diagnostics.version, platform: String(diagnostics.platform) }
                : undefined;
            } catch {
              return undefined;
            }
          },
        })
      );
    },
  };
}
