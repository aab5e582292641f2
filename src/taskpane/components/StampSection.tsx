import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Checkmark20Regular } from "@fluentui/react-icons";
import {
  readStamp,
  type Lang,
  type Report,
  type StampState,
  type WorkbookSnapshot,
} from "../../core";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  changed: {
    margin: 0,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: "flex" },
});

interface StampSectionProps {
  readonly report: Report;
  readonly snapshot: WorkbookSnapshot;
  /** A validation or another write runs. */
  readonly busy: boolean;
  /** The workbook was edited after the results on screen. */
  readonly stale: boolean;
  /** Writes the stamp; resolves to false when it could not. */
  readonly onStamp: () => Promise<boolean>;
}

function when(time: string, lang: Lang): string {
  const at = new Date(time);
  return Number.isNaN(at.getTime())
    ? time
    : new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
        dateStyle: "short",
        timeStyle: "short",
      }).format(at);
}

/** The stamp the workbook carries (when, which version, changed since or not), and the button that stamps it. */
export function StampSection({ report, snapshot, busy, stale, onStamp }: StampSectionProps) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const text = strings.stamp;
  const [stamping, setStamping] = useState(false);
  const [failed, setFailed] = useState(false);
  const stamp = readStamp(snapshot);
  // The report says whether the data still matches: the engine compared the hash while checking.
  const state: StampState = !stamp
    ? "none"
    : report.findings.some((finding) => finding.code === "stamp-changed")
      ? "changed"
      : "unchanged";
  const blocked = !report.ready ? text.notReady : stale ? text.staleFirst : null;

  const stampNow = async () => {
    setStamping(true);
    setFailed(false);
    const ok = await onStamp();
    setStamping(false);
    setFailed(!ok);
  };

  return (
    <section
      className={styles.root}
      aria-labelledby="stamp-heading"
      data-testid="stamp-section"
      data-stamp={state}
    >
      <Subtitle2 as="h2" id="stamp-heading">
        {text.heading}
      </Subtitle2>
      <p className={state === "changed" ? styles.changed : styles.text}>
        {text.state(state, stamp ? when(stamp.time, lang) : "", stamp?.version ?? "")}
      </p>
      <div className={styles.actions}>
        <Button
          appearance={state === "unchanged" ? "secondary" : "primary"}
          icon={<Checkmark20Regular />}
          disabled={busy || stamping || blocked !== null}
          aria-describedby={blocked ? "stamp-blocked" : undefined}
          onClick={() => void stampNow()}
        >
          {stamping ? text.stamping : text.stamp}
        </Button>
      </div>
      {blocked && (
        <p className={styles.note} id="stamp-blocked">
          {blocked}
        </p>
      )}
      <p className={styles.note}>{text.explain}</p>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{text.failed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
