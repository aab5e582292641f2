import type { Lang } from "../core";

import type { StoredState } from "../core";

export type { StoredState };

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/**
 * The stored setting as a StoredState, keeping only what has the right shape: a workbook may have been edited
 * by an older version or by hand, and a bad setting must not stop the pane from opening.
 */
export function parseStoredState(raw: unknown): StoredState {
  let value = raw;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (typeof value !== "object" || value === null) return {};
  const { lang, lastValidation } = value as { lang?: unknown; lastValidation?: unknown };
  const state: { lang?: Lang; lastValidation?: StoredState["lastValidation"] } = {};
  if (lang === "vi" || lang === "en") state.lang = lang;
  if (typeof lastValidation === "object" && lastValidation !== null) {
    const { at, ready, counts } = lastValidation as {
      at?: unknown;
      ready?: unknown;
      counts?: { error?: unknown; warning?: unknown; shortfall?: unknown };
    };
    if (
      typeof at === "string" &&
      typeof ready === "boolean" &&
      counts &&
      isCount(counts.error) &&
      isCount(counts.warning) &&
      isCount(counts.shortfall)
    ) {
      state.lastValidation = {
        at,
        ready,
        counts: { error: counts.error, warning: counts.warning, shortfall: counts.shortfall },
      };
    }
  }
  return state;
}

export function serialiseStoredState(state: StoredState): string {
  return JSON.stringify(parseStoredState(state));
}
