/**
 * `=HYPERLINK("#'Sheet'!B7","B7")`: a link inside the workbook made with Excel's own function, for Excel
 * before ExcelApi 1.7 (no Range.hyperlink). `#` makes the target a place in this workbook; quotes inside the
 * string literals are doubled, so any sheet name stays one argument and nothing else is evaluated.
 */
export function hyperlinkFormula(documentReference: string, textToDisplay: string): string {
  const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${literal(`#${documentReference}`)},${literal(textToDisplay)})`;
}
