import { Component, type ErrorInfo, type ReactNode } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { paneStrings } from "../strings";

interface Props {
  readonly lang: Lang;
  readonly children: ReactNode;
}

/**
 * The last guard: if rendering the pane fails, the user gets a plain message in their language instead of a
 * blank pane or a stack trace.
 */
export class PaneErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to send anywhere: the add-in has no telemetry. The message below is all the user needs.
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{paneStrings(this.props.lang).errors.other}</MessageBarBody>
      </MessageBar>
    );
  }
}
