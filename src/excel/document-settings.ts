import { HostError } from "./host-error";
import { SETTINGS_KEY } from "./marker";
import { parseStoredState, serialiseStoredState, type StoredState } from "./stored-state";

/**
 * Office's document settings (Office.context.document.settings, Office's Common API, in every Excel that runs
 * add-ins): where the language and the last validation are kept on Excel before ExcelApi 1.4, which has no
 * Workbook.settings. They travel with the file like Workbook.settings do, under the same key.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export function officeDocumentSettings(): DocumentSettings | undefined {
  try {
    return typeof Office !== "undefined"
      ? (Office.context?.document?.settings as unknown as DocumentSettings | undefined)
      : undefined;
  } catch {
    return undefined;
  }
}

export function loadDocumentState(settings: DocumentSettings | undefined): StoredState {
  if (!settings) return {};
  return parseStoredState(settings.get(SETTINGS_KEY));
}

export function saveDocumentState(
  settings: DocumentSettings | undefined,
  state: StoredState
): Promise<void> {
  if (!settings)
    return Promise.reject(new HostError("other", "Office has no document settings here."));
  settings.set(SETTINGS_KEY, serialiseStoredState(state));
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => {
      if (String(result.status).toLowerCase() === "succeeded") resolve();
      else
        reject(new HostError("other", `Saving the settings: ${result.error?.message ?? "failed"}`));
    })
  );
}
