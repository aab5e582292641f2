import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../core";
import { cellAddress } from "../core";
import { unreadableMessage, UnreadableWorkbookError } from "../xlsx/unreadable";
import { App } from "../taskpane/App";
import { PaneErrorBoundary } from "../taskpane/components/PaneErrorBoundary";
import type { PaneController } from "../taskpane/use-pane-controller";
import { PreviewHost } from "./preview-host";
import { PREVIEW_STRINGS } from "./preview-strings";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { OpenFileButton } from "./OpenFileButton";

/** The grid needs about 280 px to be readable beside the 360 px pane; narrower windows stack the two. */
export const STACK_BELOW_PX = 680;

/** Served beside preview.html, so it comes from the same origin. */
export const SAMPLE_URL = "samples/tam-duong-2023.xlsx";

const useStyles = makeStyles({
  layout: {
    display: "flex",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    // Below this width the grid beside a 360 px pane would shrink to a few characters: stack them instead.
    [`@media (max-width: ${STACK_BELOW_PX}px)`]: {
      flexDirection: "column",
      height: "auto",
      minHeight: "100vh",
      overflow: "visible",
    },
  },
  workbook: {
    flex: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    [`@media (max-width: ${STACK_BELOW_PX}px)`]: {
      flex: "none",
      height: "60vh",
      minHeight: "320px",
    },
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  nameBox: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  nameBoxValue: {
    minWidth: "56px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [`@media (max-width: ${STACK_BELOW_PX}px)`]: {
      width: "auto",
      borderLeft: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
      overflowY: "visible",
    },
  },
});

/** The task pane beside a simple grid of an .xlsx opened in the browser: the add-in without Excel. */
export function PreviewApp({ initialLang }: { readonly initialLang: Lang }) {
  const styles = useStyles();
  const [host] = useState(() => new PreviewHost());
  const view = useSyncExternalStore(host.subscribe, host.getView);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<{ message: (lang: Lang) => string } | null>(null);
  const controller = useRef<PaneController | null>(null);
  const strings = PREVIEW_STRINGS[lang];

  const open = useCallback(
    async (
      load: () => Promise<{ bytes: ArrayBuffer; name: string }>,
      failed: (lang: Lang) => string
    ) => {
      setOpening(true);
      setFailure(null);
      // The results on screen belong to the previous file; forgotten before loading, so that a validation asked
      // for while this file loads (it waits for the file, see PreviewHost.opening) keeps its results.
      controller.current?.reset();
      try {
        await host.opening(
          (async () => {
            const { bytes, name } = await load();
            await host.open(bytes, name);
          })()
        );
      } catch (error) {
        setFailure({
          message:
            error instanceof UnreadableWorkbookError
              ? (l) => unreadableMessage(error.reason, l, error.detail)
              : failed,
        });
      } finally {
        setOpening(false);
      }
    },
    [host]
  );

  useEffect(() => {
    void open(
      async () => {
        const response = await fetch(SAMPLE_URL);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return { bytes: await response.arrayBuffer(), name: SAMPLE_URL.split("/").pop()! };
      },
      (l) => PREVIEW_STRINGS[l].sampleFailed
    );
  }, [open]);

  const sheet =
    view.snapshot?.sheets.find((candidate) => candidate.name === view.activeSheet) ?? null;
  return (
    <div className={styles.layout}>
      <section className={styles.workbook} aria-label={strings.workbook} lang={lang}>
        <div className={styles.toolbar}>
          <OpenFileButton
            label={strings.openFile}
            disabled={opening}
            onFile={(file) =>
              void open(
                async () => ({ bytes: await file.arrayBuffer(), name: file.name }),
                (l) => PREVIEW_STRINGS[l].openFailed
              )
            }
          />
          <span className={styles.fileName} data-testid="file-name">
            {view.fileName ?? strings.noFile}
          </span>
          <span className={styles.nameBox}>
            {strings.selectedCell}
            <output className={styles.nameBoxValue} data-testid="selected-cell" aria-live="polite">
              {view.selected?.address ?? ""}
            </output>
          </span>
          {opening && <Spinner size="tiny" label={strings.opening} labelPosition="after" />}
        </div>
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{failure.message(lang)}</MessageBarBody>
          </MessageBar>
        )}
        {sheet && view.snapshot && (
          <>
            <SheetGrid
              sheet={sheet}
              view={view}
              lang={lang}
              strings={strings}
              onSelect={(row, col) => host.select(sheet.name, row, col, cellAddress(row, col))}
            />
            <SheetTabs
              snapshot={view.snapshot}
              active={view.activeSheet}
              label={strings.sheets}
              onSelect={(name) => host.showSheet(name)}
            />
          </>
        )}
      </section>
      <aside className={styles.pane}>
        <PaneErrorBoundary lang={lang}>
          <App
            host={host}
            initialLang={initialLang}
            onReady={(ready) => (controller.current = ready)}
            onLangChange={setLang}
          />
        </PaneErrorBoundary>
      </aside>
    </div>
  );
}
