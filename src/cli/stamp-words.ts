import { stampStateLabel, type Lang, type StampState } from "../core";

/** A stamp's state on a terminal line: the core's words, a changed stamp in capitals so that it stands out. */
export function stampWords(state: StampState, lang: Lang): string {
  const words = stampStateLabel(state, lang);
  return state === "changed" ? words.toLocaleUpperCase(lang) : words;
}
