import { HostError, type HostErrorReason } from "../core";

export { HostError, type HostErrorReason };

/** Office.js error codes (OfficeExtension.Error.code) that the pane can explain to the user. */
const REASON_BY_CODE: Readonly<Record<string, HostErrorReason>> = {
  InvalidOperationInCellEditMode: "editing",
  AccessDenied: "protected",
};

export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function isHostError(error: unknown): error is HostError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "HostError"
  );
}

/** Any failure from Excel as a HostError: a known Office code keeps its meaning, anything else takes `fallback`. */
export function toHostError(error: unknown, fallback: HostErrorReason, doing: string): HostError {
  if (isHostError(error)) return error;
  const code = officeErrorCode(error);
  const reason = (code && REASON_BY_CODE[code]) || fallback;
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError(reason, `${doing}: ${code ? `${code}: ` : ""}${detail}`);
}

/** True when Excel refused the whole request before running any of it (nothing can be half-written). */
export function refusedBeforeRunning(error: unknown): boolean {
  return officeErrorCode(error) === "InvalidOperationInCellEditMode";
}
