import { unzipSync } from "fflate";

/**
 * The floor any reader stands on: fflate inflates every sheet part, then one pass over the bytes counts `<c `.
 * The bench and the reader's A/B script compare our reader with this.
 */
export function inflateAndScan(bytes: Uint8Array): { parts: number; bytes: number; cells: number } {
  const parts = unzipSync(bytes, {
    filter: (file) => file.name.startsWith("xl/worksheets/") && file.name.endsWith(".xml"),
  });
  let cells = 0;
  let total = 0;
  for (const data of Object.values(parts)) {
    total += data.length;
    for (let i = 0; i + 2 < data.length; i++)
      if (data[i] === 0x3c && data[i + 1] === 0x63 && data[i + 2] === 0x20) cells++;
  }
  return { parts: Object.keys(parts).length, bytes: total, cells };
}
