import { toHostError } from "./host-error";
import { SETTINGS_KEY } from "./marker";
import { parseStoredState, serialiseStoredState, type StoredState } from "./stored-state";

/** Queues the write of the stored state (no sync), so showReport can save it in the same sync as the report. */
export function queueSaveState(context: Excel.RequestContext, state: StoredState): void {
  context.workbook.settings.add(SETTINGS_KEY, serialiseStoredState(state));
}

export async function loadState(context: Excel.RequestContext): Promise<StoredState> {
  try {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? {} : parseStoredState(setting.value);
  } catch (error) {
    throw toHostError(error, "other", "Reading the saved settings");
  }
}

export async function saveState(context: Excel.RequestContext, state: StoredState): Promise<void> {
  try {
    queueSaveState(context, state);
    await context.sync();
  } catch (error) {
    throw toHostError(error, "other", "Saving the settings");
  }
}
