import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/core";
import { App } from "../../src/taskpane/App";
import type { PaneController, Validator } from "../../src/taskpane/use-pane-controller";
import type { FakeHost } from "./fake-host";

/**
 * The pane as the Excel entry renders it, over a fake host, with a user who clicks, types and tabs through it
 * (user-event dispatches the whole event sequence a browser would, keyboard activation of buttons included).
 */
export function renderPane(
  host: FakeHost,
  options: {
    lang?: Lang;
    validator?: Validator;
    onReady?: (controller: PaneController) => void;
  } = {}
) {
  const user = userEvent.setup();
  const rendered = render(
    <App
      host={host}
      initialLang={options.lang ?? "vi"}
      validator={options.validator}
      onReady={options.onReady}
    />,
    {
      wrapper: ({ children }) => <FluentProvider theme={webLightTheme}>{children}</FluentProvider>,
    }
  );
  return { user, ...rendered };
}
