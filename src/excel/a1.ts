/** `'Sheet name'!B7`: always quoted, inner quotes doubled, so any sheet name makes a working reference. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}
