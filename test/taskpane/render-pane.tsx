import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../src/core/report';
import { App } from '../../src/taskpane/App';
import type { PaneController, Validator } from '../../src/taskpane/use-pane-controller';
import { renderInDom } from '../support/pane-dom';
import type { FakeHost } from './fake-host';

/** The pane as the Excel entry renders it, over a fake host. */
export function renderPane(host: FakeHost, options: { lang?: Lang; validator?: Validator; onReady?: (controller: PaneController) => void } = {}) {
  return renderInDom(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLang={options.lang ?? 'vi'} validator={options.validator} onReady={options.onReady} />
    </FluentProvider>,
  );
}
