import { useMemo, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import { SHEETS, fieldDef } from "../../core";
import { mappingEntries } from "../../core";
import { readMapping } from "../../core";
import { EMPTY_MAPPING, type HeaderMapping } from "../../core";
import type { WorkbookSnapshot } from "../../core";
import { usePaneText } from "../pane-text";
import type { HostErrorReason } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  actions: { display: "flex" },
});

interface SavedMappingProps {
  readonly snapshot: WorkbookSnapshot;
  readonly busy: boolean;
  readonly onSave: (mapping: HeaderMapping) => Promise<HostErrorReason | null>;
}

/** What the workbook's saved mapping says (which form sheet or field is which of the workbook's own), with Reset. */
export function SavedMapping({ snapshot, busy, onSave }: SavedMappingProps) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const text = strings.mapping;
  const entries = useMemo(() => mappingEntries(readMapping(snapshot)), [snapshot]);
  const [resetting, setResetting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (entries.length === 0) return null;

  const reset = async () => {
    setResetting(true);
    setMessage(null);
    const reason = await onSave(EMPTY_MAPPING);
    setResetting(false);
    if (reason)
      setMessage(reason === "protected" ? text.protectedWorkbook : strings.errors[reason]);
  };

  return (
    <section
      className={styles.root}
      aria-labelledby="saved-mapping-heading"
      data-testid="saved-mapping"
    >
      <Subtitle2 as="h2" id="saved-mapping-heading">
        {text.savedHeading}
      </Subtitle2>
      <p className={styles.intro}>{text.savedIntro}</p>
      <ul className={styles.list}>
        {entries.map((entry) => {
          const formName = SHEETS[entry.sheet].names[lang];
          const line =
            entry.kind === "sheet"
              ? text.savedSheet(formName, entry.name)
              : text.savedColumn(
                  formName,
                  fieldDef(entry.sheet, entry.field)?.headers[lang] ?? entry.field,
                  entry.name
                );
          return (
            <li key={`${entry.kind}:${entry.sheet}:${entry.kind === "column" ? entry.field : ""}`}>
              {line}
            </li>
          );
        })}
      </ul>
      {message && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="secondary"
          icon={<ArrowUndo20Regular />}
          disabled={busy || resetting}
          onClick={() => void reset()}
        >
          {text.reset}
        </Button>
      </div>
    </section>
  );
}
