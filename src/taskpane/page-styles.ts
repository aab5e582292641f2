import { makeStaticStyles } from "@fluentui/react-components";

/** The page around the pane: no browser margins, so the pane fills Excel's task pane (and the preview its window). */
export const usePageStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0, height: "100%" },
  "#root": { height: "100%" },
});
