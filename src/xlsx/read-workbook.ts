import type { WorkbookSnapshot } from "../core";
import { looksLikeOds } from "./zip-entries";
import { UnreadableWorkbookError, assertLooksLikeXlsx, sniffWorkbook } from "./unreadable";
import { readXlsx } from "./xlsx/read-xlsx";
import { LIMITS } from "./xlsx/limits";
import type { NativeInflate } from "./xlsx/zip";

function toBytes(input: ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Reads a workbook file's bytes into the engine's snapshot. Works in Node and in the browser:
 * the caller reads the file (fs or a File), this never touches a file system.
 * Throws UnreadableWorkbookError when the bytes are not a readable workbook, with the reason.
 *
 * The dispatch point: a zip with a workbook goes to the .xlsx/.xlsm reader (src/xlsx/xlsx/); an OLE
 * compound file (.xls, or an .xlsx with a password, refused there as encrypted) and a zip with an ODF
 * `mimetype` (.ods) go to the legacy reader (read-legacy.ts, SheetJS).
 *
 * `native`: the host's own inflater for .xlsx parts (the command line hands in Node's zlib); the browser has
 * none, and fflate streams them.
 */
export async function readWorkbook(
  input: ArrayBuffer | Uint8Array,
  { native }: { readonly native?: NativeInflate } = {}
): Promise<WorkbookSnapshot> {
  const bytes = toBytes(input);
  // .xls (an OLE compound file; an encrypted .xlsx is one too, and is refused as encrypted there) and .ods: SheetJS.
  const kind = bytes.length > 0 ? sniffWorkbook(bytes) : "other";
  // Loaded only for those files, so that the preview's first paint does not carry SheetJS.
  if (kind === "ole") return (await import("./read-legacy")).readLegacyWorkbook(bytes, "xls");
  if (kind === "ods" || (kind === "zip" && looksLikeOds(bytes)))
    return (await import("./read-legacy")).readLegacyWorkbook(bytes, "ods");
  assertLooksLikeXlsx(bytes);
  try {
    return readXlsx(bytes, LIMITS, native);
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError) throw cause;
    // A fault this reader did not foresee is still a file it cannot read, never a crash.
    throw new UnreadableWorkbookError("damaged", { cause });
  }
}
