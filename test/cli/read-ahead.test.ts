/**
 * The command line reads the workbook named first while its modules load. It reads a file whole, the same bytes
 * as the ordinary read, and leaves anything else to the ordinary read (which says what is wrong in the user's words).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWholeAhead } from "../../src/cli/read-ahead";

describe("reading the workbook ahead", () => {
  const dir = mkdtempSync(join(tmpdir(), "committee-check-ahead-"));

  it("reads a file whole, the same bytes as the ordinary read", async () => {
    const file = join(dir, "book.xlsx");
    const bytes = Uint8Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 31) % 251);
    writeFileSync(file, bytes);
    const ahead = await readWholeAhead(file);
    expect(ahead).toBeDefined();
    expect(Buffer.from(ahead!).equals(readFileSync(file))).toBe(true);
  });

  it("reads an empty file as empty", async () => {
    const file = join(dir, "empty.xlsx");
    writeFileSync(file, new Uint8Array(0));
    expect(await readWholeAhead(file)).toHaveLength(0);
  });

  it("leaves a missing file and a folder to the ordinary read", async () => {
    expect(await readWholeAhead(join(dir, "gone.xlsx"))).toBeUndefined();
    expect(await readWholeAhead(dir)).toBeUndefined();
  });
});
