import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { langFromDisplayLanguage } from "../taskpane/office-context";
import { PreviewApp } from "./PreviewApp";

/**
 * The browser preview. Vietnamese unless the address asks otherwise (`?lang=en`), since the staff it is
 * for read Vietnamese whatever their browser's language; the theme follows the system's light or dark setting.
 */
const requested = new URLSearchParams(window.location.search).get("lang");
const lang = requested ? langFromDisplayLanguage(requested) : "vi";
const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <PreviewApp initialLang={lang} />
    </FluentProvider>
  );
}
