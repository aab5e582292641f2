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

/** The Excel face of the pane's one interface to a workbook, and the ribbon's way back to the results. */
export interface ExcelWorkbookHost extends WorkbookHost {
  /** Activates the report sheet this host last wrote (by the name it really got, "… (2)" included). */
  goToReport(): Promise<void>;
}

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

/** What every part of the host works with: how to run a batch, what this Excel supports, the edit watcher. */
interface HostEnvironment {
  readonly run: Run;
  readonly capabilities: Capabilities;
  readonly documentSettings: () => DocumentSettings | undefined;
  readonly documentUrl: () => string | undefined;
  readonly watcher: EditWatcher;
  readonly readOptions: ReadOptions | undefined;
  /** Runs a batch; a failure becomes a HostError saying what we were doing. */
  readonly guarded: <T>(
    doing: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ) => Promise<T>;
}

/** What the host remembers between calls, so that writing needs no extra sync. */
interface HostMemory {
  /** What the last read learned (sheets, protection, our earlier highlights). */
  layout: WorkbookLayout | undefined;
  /** What showReport stored, so the pane's saveState right after it does not cost a second round trip. */
  storedByReport: string | undefined;
  /** Whether the workbook has its mapping sheet, as the last read or save saw it, so saving costs one sync. */
  mappingSheetExists: boolean | undefined;
  /** The saved header mapping as last read or saved, so that inserting the standard sheets respects it. */
  mapping: HeaderMapping | null;
  /** The name the last report sheet was written under. */
  reportName: string | undefined;
}

/** The workbook's name and its cells. */
function readingPart(
  env: HostEnvironment,
  memory: HostMemory
): Pick<WorkbookHost, "workbookName" | "readSnapshot"> {
  const { capabilities, watcher, guarded } = env;
  return {
    async workbookName() {
      const fromUrl = fileNameOf(env.documentUrl());
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
      memory.layout = undefined;
      watcher.reading();
      const read = await guarded("Reading the workbook", (context) =>
        readWorkbook(context, onProgress, {
          ...env.readOptions,
          capabilities,
          documentSettings: env.documentSettings(),
        })
      );
      memory.layout = read.layout;
      memory.mappingSheetExists = read.layout.sheets.some((sheet) =>
        isMappingSheetName(sheet.name)
      );
      memory.mapping = readMapping(read.snapshot);
      // Nobody types into the very hidden mapping sheet: only the sheets staff see are watched for edits.
      void watcher.checked(
        read.snapshot.sheets
          .map((sheet) => sheet.name)
          .filter((name) => !isMappingSheetName(name) && !isStampSheetName(name))
      );
      return read.snapshot;
    },
  };
}

/** The report on the workbook: highlights and report sheet, going to a cell, clearing; and the pane's remembered state. */
function reportPart(
  env: HostEnvironment,
  memory: HostMemory
): Pick<
  ExcelWorkbookHost,
  "showReport" | "goTo" | "goToReport" | "clear" | "loadState" | "saveState" | "onEdited"
> {
  const { capabilities, watcher, guarded } = env;
  const workbookSettings = capabilities.supports("1.4");
  return {
    async showReport(report, lang) {
      const known = memory.layout;
      // The ids in the layout are of highlights this write replaces; after it, only a new read knows the new ones.
      memory.layout = undefined;
      memory.storedByReport = undefined;
      await watcher.ownWrite(() =>
        guarded("Writing the report", (context) =>
          showReport(context, report, lang, {
            layout: known,
            capabilities,
            documentSettings: env.documentSettings(),
            onWritten: (name) => (memory.reportName = name),
          })
        )
      );
      // Before 1.4 the report's write could not save the state: the pane's saveState right after does it.
      if (workbookSettings)
        memory.storedByReport = validationKey({
          lang,
          lastValidation: { at: "", ready: report.ready, counts: report.counts },
        });
    },

    goTo(sheet, cell) {
      return guarded("Going to the cell", (context) => goTo(context, sheet, cell));
    },

    async goToReport() {
      const name = memory.reportName;
      if (name === undefined) return;
      await guarded("Showing the report sheet", (context) => goTo(context, name));
    },

    async clear() {
      memory.layout = undefined;
      memory.reportName = undefined;
      await watcher.ownWrite(() =>
        guarded("Clearing", (context) =>
          clear(context, { capabilities, documentSettings: env.documentSettings() })
        )
      );
    },

    loadState() {
      if (!workbookSettings) return Promise.resolve(loadDocumentState(env.documentSettings()));
      return guarded("Reading the saved settings", (context) => loadState(context));
    },

    async saveState(state) {
      if (
        memory.storedByReport !== undefined &&
        state.lastValidation &&
        validationKey(state) === memory.storedByReport
      ) {
        memory.storedByReport = undefined;
        return;
      }
      memory.storedByReport = undefined;
      if (!workbookSettings) return saveDocumentState(env.documentSettings(), state);
      await guarded("Saving the settings", (context) => saveState(context, state));
    },

    onEdited(listener) {
      // Worksheet.onChanged is ExcelApi 1.7: before it nothing is registered, and the pane says to validate again after editing.
      if (!capabilities.supports("1.7")) return () => undefined;
      return watcher.subscribe(listener);
    },
  };
}

/** What the pane writes into the workbook: the stamp, the header mapping, the standard sheets, the goals. */
function authoringPart(
  env: HostEnvironment,
  memory: HostMemory
): Pick<WorkbookHost, "writeStamp" | "saveMapping" | "insertStandardSheets" | "writeGoals"> {
  const { capabilities, watcher, guarded } = env;
  const formTools = capabilities.supports("1.4");
  return {
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
      const known = memory.mappingSheetExists;
      memory.mappingSheetExists = undefined;
      memory.layout = undefined;
      memory.mappingSheetExists = await watcher.ownWrite(() =>
        guarded("Saving the header mapping", (context) =>
          saveMapping(context, next, { exists: known })
        )
      );
      memory.mapping = next;
    },

    async insertStandardSheets(lang) {
      if (!formTools) throw formToolsOff();
      // New sheets and tables: what the last read learned of the workbook's layout no longer holds.
      memory.layout = undefined;
      const inserted = await watcher.ownWrite(() =>
        guarded("Adding the standard sheets", (context) =>
          insertStandardSheets(context, lang, {
            mapping: memory.mapping,
            dataValidation: capabilities.supports("1.8"),
            freezePanes: capabilities.supports("1.7"),
          })
        )
      );
      return inserted.added.map((sheet) => sheet.name);
    },

    async writeGoals(goals, lang) {
      if (!formTools) throw formToolsOff();
      memory.layout = undefined;
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
  };
}

/** Office's own word on this Excel, for the self-check's table. */
function officeDiagnostics(): { version: string; platform: string } | undefined {
  try {
    const diagnostics = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
    return diagnostics
      ? { version: diagnostics.version, platform: String(diagnostics.platform) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** What this Excel can do, and the self-check that proves it. */
function diagnosticPart(env: HostEnvironment): Pick<WorkbookHost, "features" | "selfCheck"> {
  return {
    features() {
      return describeFeatures(env.capabilities);
    },
    selfCheck() {
      // Writes only to sheets it makes and removes; held back from the edit watcher like our other writes.
      return env.watcher.ownWrite(() =>
        selfCheck({
          run: env.run,
          capabilities: env.capabilities,
          documentSettings: env.documentSettings,
          diagnostics: officeDiagnostics,
        })
      );
    },
  };
}

/** One Excel.run per user action; the functions it calls take the context, so tests drive them with a mock. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelWorkbookHost {
  const run: Run = options.run ?? ((batch) => Excel.run(batch));
  const runWith: RunWith = options.runWith ?? ((context, batch) => Excel.run(context, batch));
  const env: HostEnvironment = {
    run,
    capabilities: options.capabilities ?? detectCapabilities(),
    documentSettings: options.documentSettings ?? officeDocumentSettings,
    documentUrl:
      options.documentUrl ??
      (() => (typeof Office !== "undefined" ? Office.context?.document?.url : undefined)),
    watcher: new EditWatcher(run, runWith),
    readOptions: options.read,
    async guarded(doing, batch) {
      try {
        return await run(batch);
      } catch (error) {
        throw toHostError(error, "other", doing);
      }
    },
  };
  const memory: HostMemory = {
    layout: undefined,
    storedByReport: undefined,
    mappingSheetExists: undefined,
    mapping: null,
    reportName: undefined,
  };
  return {
    ...readingPart(env, memory),
    ...reportPart(env, memory),
    ...authoringPart(env, memory),
    ...diagnosticPart(env),
  };
}
