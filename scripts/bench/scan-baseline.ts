import { inflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { LIMITS } from "../../src/xlsx/xlsx/limits";
import { compressedData, readCentralDirectory } from "../../src/xlsx/xlsx/zip";

export interface Scanned {
  readonly parts: number;
  readonly bytes: number;
  readonly cells: number;
}

/** Which inflater the baseline uses: the reader's in Node (zlib, as the command line reads), or fflate (the browser's). */
export type ScanInflater = "zlib" | "fflate";

const isSheet = (name: string) => name.startsWith("xl/worksheets/") && name.endsWith(".xml");

/** Every sheet part inflated, nothing it comes to checked (no size, no CRC-32): fflate's `unzipSync`, or Node's zlib part by part. */
function sheetParts(bytes: Uint8Array, inflater: ScanInflater): Uint8Array[] {
  if (inflater === "fflate")
    return Object.values(unzipSync(bytes, { filter: (file) => isSheet(file.name) }));
  const parts: Uint8Array[] = [];
  for (const entry of readCentralDirectory(bytes).values()) {
    if (!isSheet(entry.name)) continue;
    const data = compressedData(bytes, entry, LIMITS);
    parts.push(entry.method === 0 ? data : inflateRawSync(data));
  }
  return parts;
}

/**
 * The floor any reader stands on: every sheet part inflated, then one pass over the bytes counts `<c `. The bench
 * and the reader's A/B script compare our reader with this, inflated as our reader inflates (zlib in Node).
 */
export function inflateAndScan(bytes: Uint8Array, inflater: ScanInflater = "zlib"): Scanned {
  const parts = sheetParts(bytes, inflater);
  let cells = 0;
  let total = 0;
  for (const data of parts) {
    total += data.length;
    for (let i = 0; i + 2 < data.length; i++)
      if (data[i] === 0x3c && data[i + 1] === 0x63 && data[i + 2] === 0x20) cells++;
  }
  return { parts: parts.length, bytes: total, cells };
}
