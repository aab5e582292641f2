import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookSnapshot } from "../core";
import { isMappingSheetName } from "../core";

const useStyles = makeStyles({
  root: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowX: "auto",
    flexShrink: 0,
  },
});

/** The sheet tabs under the grid, as in Excel (very hidden sheets have none). */
export function SheetTabs({
  snapshot,
  active,
  label,
  onSelect,
}: {
  readonly snapshot: WorkbookSnapshot;
  readonly active: string | null;
  readonly label: string;
  readonly onSelect: (sheet: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label={label}
        selectedValue={active ?? undefined}
        onTabSelect={(_, data) => onSelect(String(data.value))}
      >
        {/* The header mapping's sheet is very hidden in Excel; it has no tab here either. */}
        {snapshot.sheets
          .filter((sheet) => !isMappingSheetName(sheet.name))
          .map((sheet) => (
            <Tab key={sheet.name} value={sheet.name}>
              {sheet.name}
            </Tab>
          ))}
      </TabList>
    </div>
  );
}
