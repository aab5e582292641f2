import { isOurHighlightRule } from "./marker";

/** The ids of our highlights in a loaded conditional format collection (see CONDITIONAL_FORMAT_LOAD). */
export function ourHighlightIds(collection: Excel.ConditionalFormatCollection): string[] {
  return ourHighlights(collection).map((format) => format.id);
}

/**
 * Our highlights in a loaded collection. `includeIncomplete` also takes custom formats with no formula at all:
 * Excel's own dialog cannot make one, so such a format is a highlight of ours whose write failed half-way,
 * and only the clean-up after that failure asks for it.
 */
export function ourHighlights(
  collection: Excel.ConditionalFormatCollection,
  includeIncomplete = false
): Excel.ConditionalFormat[] {
  return collection.items.filter((format) => {
    if (format.type !== "Custom") return false;
    const custom = format.customOrNullObject;
    if (custom.isNullObject) return false;
    const formula = custom.rule.formula;
    return (
      isOurHighlightRule(formula) ||
      (includeIncomplete && (typeof formula !== "string" || formula.trim() === ""))
    );
  });
}
