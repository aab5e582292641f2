import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../core";

/** Office's display language (`vi-VN`, `en-US`, …) to the pane's language: Vietnamese for any `vi*`, English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === "string" && /^vi\b/i.test(displayLanguage.trim()) ? "vi" : "en";
}

/**
 * Whether Office's body background (`#RRGGBB`, `#RGB`, with or without `#`) is dark, so the pane follows
 * Office's dark themes. Uses relative luminance (WCAG) rather than a channel average, which misjudges
 * saturated blues and greens. Anything unreadable counts as light, Office's default.
 */
export function isDarkColor(hex: string | undefined | null): boolean {
  if (typeof hex !== "string") return false;
  let digits = hex.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(digits))
    digits = digits
      .split("")
      .map((d) => d + d)
      .join("");
  if (!/^[0-9a-f]{6}$/i.test(digits)) return false;
  const channel = (offset: number): number => {
    const c = parseInt(digits.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.2;
}

/** The parts of `Office.context` the pane follows; a plain shape so it can be tested without Office. */
export interface OfficeLook {
  readonly displayLanguage?: string;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
}

/** The pane's first language and its Fluent theme, from Office's display language and theme. */
export function paneLookFromOffice(context: OfficeLook | undefined): { lang: Lang; theme: Theme } {
  const dark = isDarkColor(context?.officeTheme?.bodyBackgroundColor);
  return {
    lang: langFromDisplayLanguage(context?.displayLanguage),
    theme: dark ? webDarkTheme : webLightTheme,
  };
}
