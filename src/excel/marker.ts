import type { Severity } from "../core";

/**
 * Our highlights are custom conditional formats whose rule is this always-true formula: the text inside N()
 * is what tells them apart from the user's own conditional formats, which we never touch.
 */
export const HIGHLIGHT_FORMULA = '=N("committee-check")=0';
const MARKER_TEXT = "committee-check";

export function isOurHighlightRule(formula: unknown): boolean {
  return typeof formula === "string" && formula.toLowerCase().includes(MARKER_TEXT);
}

/** Fill colours by severity: the usual light red / amber / light blue of Excel's own "bad / neutral / note" styles. */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  shortfall: "#BDD7EE",
};

/** The workbook setting that remembers the language and the last validation. */
export const SETTINGS_KEY = "committeeCheck";
