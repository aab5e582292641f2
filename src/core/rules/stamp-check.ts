/** `stamp-changed`: the workbook carries a stamp, and the data the engine reads now hashes to something else. */
import type { FindingList } from "../findings/findings";
import { isStampSheetName, readStamp, stampState } from "../reading/stamp";
import type { WorkbookSnapshot } from "../model/snapshot";

export function checkStamp(
  workbook: WorkbookSnapshot,
  formDataHash: unknown,
  findings: FindingList
): void {
  // Without the host's hash there is nothing to compare: the stamp is neither confirmed nor doubted.
  if (typeof formDataHash !== "string") return;
  const stamp = readStamp(workbook);
  if (stampState(stamp, formDataHash) !== "changed" || !stamp) return;
  const sheets = Array.isArray(workbook.sheets) ? workbook.sheets : [];
  const index = sheets.findIndex((sheet) => sheet && isStampSheetName(sheet.name));
  const sheet = index >= 0 ? String(sheets[index].name) : "CommitteeCheck.Stamp";
  findings.add(
    "stamp-changed",
    { sheet, order: index },
    {
      params: { time: stamp.time || "?", version: stamp.version || "?" },
      expected: stamp.hash,
      actual: formDataHash.toLowerCase(),
    }
  );
}
