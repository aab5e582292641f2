import { writeFile } from "node:fs/promises";

/** Writes a new file; without `overwrite` it fails with EEXIST when the file exists. */
export function writeNewFile(
  path: string,
  bytes: Uint8Array,
  options: { readonly overwrite: boolean }
): Promise<void> {
  // 'wx' creates the file or fails with EEXIST: no moment where an existing file could be replaced.
  return writeFile(path, bytes, { flag: options.overwrite ? "w" : "wx" });
}
