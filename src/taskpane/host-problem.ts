import type { HostErrorReason } from "./strings";

const REASONS: ReadonlyArray<HostErrorReason> = [
  "protected",
  "editing",
  "no-committee-sheets",
  "unreadable",
  "other",
];

/**
 * Why a host call failed, as one of the reasons the pane has a message for. Checked by shape rather than
 * `instanceof`, because the Excel host and the pane may come from different bundles; anything else is `other`,
 * so the user never sees a raw exception.
 */
export function hostProblemReason(error: unknown): HostErrorReason {
  if (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "HostError"
  ) {
    const reason = (error as { reason?: unknown }).reason;
    if (REASONS.includes(reason as HostErrorReason)) return reason as HostErrorReason;
  }
  return "other";
}
