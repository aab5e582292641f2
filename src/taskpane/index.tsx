import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { createExcelHost } from "../excel/excel-host";
import { detectCapabilities } from "../excel/capabilities";
import { registerRibbonCommands } from "../commands/commands";
import { App } from "./App";
import { PaneErrorBoundary } from "./components/PaneErrorBoundary";
import { paneLookFromOffice } from "./office-context";
import type { PaneController } from "./use-pane-controller";

/** The Excel entry: the pane over the open workbook, and the ribbon's "Validate" wired to the same controller. */
Office.onReady(() => {
  const { lang, theme } = paneLookFromOffice(Office.context);
  let handOver: (controller: PaneController) => void = () => undefined;
  // Asked once per requirement set, here, for the host and the ribbon alike.
  const capabilities = detectCapabilities();
  const host = createExcelHost({ capabilities });
  // The ribbon may be clicked before React has mounted the pane; it then waits for the controller.
  const controller = new Promise<PaneController>((resolve) => (handOver = resolve));

  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <PaneErrorBoundary lang={lang}>
        <App host={host} initialLang={lang} onReady={handOver} />
      </PaneErrorBoundary>
    </FluentProvider>
  );
  registerRibbonCommands(
    {
      validate: async () => (await controller).validate(),
      showResults: () => host.goToReport().catch(() => undefined),
    },
    { sharedRuntime: capabilities.sharedRuntime }
  );
});
