import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetters } from "../core";
import type { Lang } from "../core";
import type { SheetSnapshot } from "../core";
import type { CellMark, PreviewView } from "./preview-host";
import type { PreviewStrings } from "./preview-strings";
import { cellText } from "./cell-text";

/** A browser stays responsive with a few thousand rows; further rows appear when a finding points there. */
const MAX_ROWS = 2000;
const MIN_ROWS = 30;
const MIN_COLS = 8;

const useStyles = makeStyles({
  scroller: {
    flex: 1,
    overflow: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3 },
  colHead: { position: "sticky", top: 0, zIndex: 2 },
  rowHead: { position: "sticky", left: 0, zIndex: 1, textAlign: "end", minWidth: "36px" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    position: "relative",
    minWidth: "72px",
    maxWidth: "260px",
    height: "22px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
    ":focus": { outline: "none" },
  },
  number: { textAlign: "end" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  // A corner mark besides the fill, so a marked cell is told apart without relying on colour.
  marked: {
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      width: 0,
      height: 0,
      borderTopWidth: "8px",
      borderTopStyle: "solid",
      borderLeftWidth: "8px",
      borderLeftStyle: "solid",
      borderLeftColor: "transparent",
    },
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    "::after": { borderTopColor: tokens.colorPaletteRedBorderActive },
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    "::after": { borderTopColor: tokens.colorPaletteDarkOrangeBorderActive },
  },
  shortfall: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    "::after": { borderTopColor: tokens.colorPaletteBlueBorderActive },
  },
  note: { margin: 0, padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  readonly view: PreviewView;
  readonly lang: Lang;
  readonly strings: PreviewStrings;
  readonly onSelect: (row: number, col: number) => void;
}

/** The current sheet as a small spreadsheet: column letters, row numbers, the findings' marks and the selected cell. */
export function SheetGrid({ sheet, view, lang, strings, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const selected = view.selected?.sheet === sheet.name ? view.selected : null;
  const marks = view.marks.get(sheet.name);
  const dataRows = sheet.rows.length;
  const rowCount = Math.max(
    MIN_ROWS,
    Math.min(dataRows, MAX_ROWS),
    selected ? selected.row + 1 : 0
  );
  let colCount = MIN_COLS;
  for (let r = 0; r < Math.min(dataRows, rowCount); r++)
    colCount = Math.max(colCount, sheet.rows[r]?.length ?? 0);
  if (selected) colCount = Math.max(colCount, selected.col + 1);

  // Runs on each go-to from the pane (not on clicks in the grid): bring the cell into view and give it focus.
  const showSelected = useEffectEvent(() => {
    if (!selected) return;
    const cell = scroller.current?.querySelector<HTMLElement>(
      `[data-address="${selected.address}"]`
    );
    cell?.scrollIntoView({ block: "center", inline: "nearest" });
    cell?.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (view.selectionCount === 0) return;
    showSelected();
  }, [view.selectionCount]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move || !selected) return;
    event.preventDefault();
    const row = Math.min(Math.max(selected.row + move[0], 0), rowCount - 1);
    const col = Math.min(Math.max(selected.col + move[1], 0), colCount - 1);
    onSelect(row, col);
    requestAnimationFrame(() =>
      scroller.current
        ?.querySelector<HTMLElement>(`[data-address="${cellAddress(row, col)}"]`)
        ?.focus()
    );
  };

  const columns = Array.from({ length: colCount }, (_, col) => col);
  return (
    <div className={styles.scroller} ref={scroller}>
      <table
        role="grid"
        aria-label={sheet.name}
        aria-rowcount={Math.max(dataRows, rowCount) + 1}
        className={styles.table}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.corner)} aria-hidden />
            {columns.map((col) => (
              <th key={col} scope="col" className={mergeClasses(styles.head, styles.colHead)}>
                {columnLetters(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rowCount }, (_, row) => (
            <tr key={row}>
              <th scope="row" className={mergeClasses(styles.head, styles.rowHead)}>
                {row + 1}
              </th>
              {columns.map((col) => {
                const address = cellAddress(row, col);
                const cell = sheet.rows[row]?.[col];
                const mark = marks?.get(address);
                const isSelected = selected?.row === row && selected.col === col;
                return (
                  <td
                    key={col}
                    role="gridcell"
                    data-address={address}
                    data-severity={mark?.severity}
                    aria-selected={isSelected}
                    tabIndex={isSelected || (!selected && row === 0 && col === 0) ? 0 : -1}
                    title={mark ? markTitle(mark, strings) : undefined}
                    className={mergeClasses(
                      styles.cell,
                      cell?.kind === "number" && styles.number,
                      mark && styles.marked,
                      mark && styles[mark.severity],
                      isSelected && styles.selected
                    )}
                    onClick={() => onSelect(row, col)}
                  >
                    {cellText(cell, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {dataRows > rowCount && <p className={styles.note}>{strings.rowsCut(rowCount, dataRows)}</p>}
    </div>
  );
}

function markTitle(mark: CellMark, strings: PreviewStrings): string {
  return `${strings.severity[mark.severity]}: ${mark.messages.join("\n")}`;
}
