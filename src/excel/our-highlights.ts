import { isOurHighlightRule } from "./marker";

/**
 * The conditional formats in a loaded collection that are marked like ours. This is no proof of who made them: only
 * the clean-up after a failed write uses it, and only for formats that were not there before that write. `includeIncomplete` also takes custom formats with no formula at all:
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
