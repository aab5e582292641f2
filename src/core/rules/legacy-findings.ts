/** One `legacy-encoding` warning per sheet that had TCVN3 or VNI text, naming its cells. */
import { cellAddress } from "../helpers/address";
import type { FindingList } from "../findings/findings";
import type { LegacySheet } from "../reading/legacy-snapshot";

/** How many cells a message names before it says "…". */
const NAMED_CELLS = 8;

export function addLegacyFindings(findings: FindingList, sheets: ReadonlyArray<LegacySheet>): void {
  for (const sheet of sheets) {
    const encoding = [...sheet.encodings]
      .map((name) => (name === "vni" ? "VNI" : "TCVN3 (ABC)"))
      .join(", ");
    const addresses = sheet.cells.map((cell) => cellAddress(cell.row, cell.col));
    const named =
      addresses.slice(0, NAMED_CELLS).join(", ") + (addresses.length > NAMED_CELLS ? ", …" : "");
    const first = sheet.cells[0];
    if (!first) {
      findings.add(
        "legacy-encoding",
        { sheet: sheet.name, order: sheet.index },
        { variant: "name", params: { sheet: sheet.name, encoding }, actual: sheet.name }
      );
      continue;
    }
    // On the first converted cell, so that the pane can take the user there; every cell is named in the message.
    findings.add(
      "legacy-encoding",
      { sheet: sheet.name, order: sheet.index, row: first.row, col: first.col },
      {
        params: { encoding, count: addresses.length, cells: named },
        actual:
          addresses.length > 100
            ? `${addresses.slice(0, 100).join(", ")}, …`
            : addresses.join(", "),
      }
    );
  }
}
