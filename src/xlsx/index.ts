export { readWorkbook } from "./read-workbook";
export { UnreadableWorkbookError, unreadableMessage } from "./unreadable";
export type { UnreadableReason } from "./unreadable";
export type { NativeInflate, NativeInflateResult } from "./xlsx/zip";
