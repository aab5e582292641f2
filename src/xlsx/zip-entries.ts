/** What a zip's central directory says, without inflating anything: its entry names and the sizes they declare. */

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

/**
 * The total a zip's entries inflate to, from its central directory (what each entry declares); a zip whose
 * directory cannot be found is left to the parser, which refuses it as damaged.
 */
export function declaredInflatedSize(bytes: Uint8Array): number | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= from; at--) {
    if (
      bytes[at] !== 0x50 ||
      bytes[at + 1] !== 0x4b ||
      bytes[at + 2] !== 0x05 ||
      bytes[at + 3] !== 0x06
    )
      continue;
    const entries = readUint16(bytes, at + 10);
    let offset = readUint32(bytes, at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || readUint32(bytes, offset) !== 0x02014b50) return null;
      total += readUint32(bytes, offset + 24);
      offset +=
        46 +
        readUint16(bytes, offset + 28) +
        readUint16(bytes, offset + 30) +
        readUint16(bytes, offset + 32);
    }
    return total;
  }
  return null;
}

/** The entry names in a zip's central directory (empty when it cannot be found). */
export function zipEntryNames(bytes: Uint8Array, limit = 4096): string[] {
  const names: string[] = [];
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= from; at--) {
    if (
      bytes[at] !== 0x50 ||
      bytes[at + 1] !== 0x4b ||
      bytes[at + 2] !== 0x05 ||
      bytes[at + 3] !== 0x06
    )
      continue;
    const entries = Math.min(readUint16(bytes, at + 10), limit);
    let offset = readUint32(bytes, at + 16);
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || readUint32(bytes, offset) !== 0x02014b50) break;
      const length = readUint16(bytes, offset + 28);
      names.push(
        String.fromCharCode(
          ...bytes.subarray(offset + 46, Math.min(bytes.length, offset + 46 + length))
        )
      );
      offset += 46 + length + readUint16(bytes, offset + 30) + readUint16(bytes, offset + 32);
    }
    break;
  }
  return names;
}

/** A zip that is an OpenDocument spreadsheet though its `mimetype` is not first (as some writers do): content.xml, no xl/workbook.xml. */
export function looksLikeOds(bytes: Uint8Array): boolean {
  const names = new Set(zipEntryNames(bytes));
  return names.has("content.xml") && names.has("mimetype") && !names.has("xl/workbook.xml");
}
