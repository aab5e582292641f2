/**
 * The workbook named first, read from disk on Node's thread pool while the checker's modules load. One read of the
 * whole file: fs.readFile reads by 512 KB pieces, and each next piece waited for the main thread, busy loading
 * modules, so the read only really ran once they were loaded (~40 ms idle at 100,000 units).
 *
 * Says undefined for anything it does not simply read whole (no such file, a folder, a file too large, a short
 * read): the file is then read the ordinary way when its turn comes, and fails there with the ordinary words.
 */
import { closeSync, fstatSync, openSync, read } from "node:fs";

/** Bigger files are left to the ordinary read (which refuses what it cannot hold). */
const MOST_BYTES = 256 * 1024 ** 2;

export function readWholeAhead(path: string): Promise<Uint8Array | undefined> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return Promise.resolve(undefined);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MOST_BYTES) throw new Error("not read ahead");
    size = stat.size;
  } catch {
    closeSync(fd);
    return Promise.resolve(undefined);
  }
  const bytes = Buffer.allocUnsafe(size);
  return new Promise((resolve) => {
    read(fd, bytes, 0, size, 0, (error, bytesRead) => {
      closeSync(fd);
      resolve(error || bytesRead !== size ? undefined : bytes);
    });
  });
}
