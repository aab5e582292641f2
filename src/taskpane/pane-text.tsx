import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../core";
import { paneStrings, type PaneStrings } from "./strings";

export interface PaneText {
  readonly lang: Lang;
  readonly strings: PaneStrings;
}

const PaneTextContext = createContext<PaneText>({ lang: "vi", strings: paneStrings("vi") });

/** The pane's language and its words, for every component below (instead of passing them through each). */
export function PaneTextProvider({
  lang,
  children,
}: {
  readonly lang: Lang;
  readonly children: ReactNode;
}) {
  return (
    <PaneTextContext.Provider value={{ lang, strings: paneStrings(lang) }}>
      {children}
    </PaneTextContext.Provider>
  );
}

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
