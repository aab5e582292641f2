const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Width as a terminal shows it: one column per composed character (Vietnamese letters composed with NFC). */
export function displayWidth(text: string): number {
  // Printable ASCII (codes, numbers, most cells): one column per character, nothing to compose.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    // Combining marks left over after NFC take no column of their own.
    if (code >= 0x0300 && code <= 0x036f) continue;
    width++;
  }
  return width;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

export interface Column {
  readonly heading: string;
  readonly align?: "left" | "right";
}

/**
 * Lays rows out in aligned columns. `paint` colours a cell after padding,
 * so escape codes never upset the alignment.
 */
export function alignTable(
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  paint: (text: string, row: number, column: number) => string = (text) => text,
  indent = "  "
): string[] {
  // A loop, not a spread: a table of a million rows would overflow the stack in Math.max(...).
  const widths = columns.map((column, c) => {
    let width = displayWidth(column.heading);
    for (const row of rows) width = Math.max(width, displayWidth(row[c] ?? ""));
    return width;
  });
  const lay = (cells: ReadonlyArray<string>, rowIndex: number) => {
    // Trailing blank cells are dropped and the last cell left unpadded, so no line ends in spaces.
    let last = cells.length - 1;
    while (last > 0 && cells[last] === "") last--;
    const laid = cells.slice(0, last + 1).map((cell, c) => {
      const align = columns[c].align ?? "left";
      const padded =
        align === "right" ? padStart(cell, widths[c]) : c === last ? cell : padEnd(cell, widths[c]);
      return rowIndex < 0 ? padded : paint(padded, rowIndex, c);
    });
    return indent + laid.join("  ");
  };
  return [
    lay(
      columns.map((column) => column.heading),
      -1
    ),
    ...rows.map((row, r) => lay(row, r)),
  ];
}
