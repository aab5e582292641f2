export { readWorkbook } from "./read-workbook";
export { UnreadableWorkbookError, unreadableMessage } from "./unreadable";
export type { UnreadableReason } from "./unreadable";
export type { NativeInflate, NativeInflateFault, NativeInflateResult } from "./xlsx/zip";
