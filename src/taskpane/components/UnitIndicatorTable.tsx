import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorId, IndicatorResult } from "../../core";
import { formatGoal, formatIndicatorValue, indicatorTitle } from "../../core";
import { usePaneText } from "../pane-text";
import { StatusBadge } from "./StatusBadge";
import { neededText, scopeText } from "./indicator-text";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  number: { whiteSpace: "nowrap" },
  needed: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  goal: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const STATUS_RANK: Record<IndicatorResult["status"], number> = {
  shortfall: 0,
  "n/a": 1,
  "no-goal": 2,
  met: 3,
};

/** The per-unit rows of one indicator, shortfalls first, so the units that need work are at the top. */
export function UnitIndicatorTable({
  id,
  rows,
}: {
  readonly id: IndicatorId;
  readonly rows: ReadonlyArray<IndicatorResult>;
}) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const ordered = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => STATUS_RANK[a.row.status] - STATUS_RANK[b.row.status] || a.index - b.index)
    .map((entry) => entry.row);
  return (
    <Table size="small" className={styles.table} aria-label={indicatorTitle(id, lang)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.scope}</TableHeaderCell>
          <TableHeaderCell>{strings.value}</TableHeaderCell>
          <TableHeaderCell>{strings.status}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ordered.map((row) => {
          const needed = neededText(row, strings);
          return (
            <TableRow key={row.scope} data-scope={row.scope}>
              <TableCell>
                {scopeText(row, strings)}
                {row.goal && (
                  <span
                    className={styles.goal}
                  >{` · ${strings.goal} ${formatGoal(row.id, row.goal, lang)}`}</span>
                )}
              </TableCell>
              <TableCell className={styles.number}>
                {formatIndicatorValue(row.id, row.value, lang)}
              </TableCell>
              <TableCell>
                <StatusBadge status={row.status} />
                {needed && <span className={styles.needed}>{needed}</span>}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
