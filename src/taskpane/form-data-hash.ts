import { formDataText, type WorkbookSnapshot } from "../core";

/**
 * SHA-256 of the workbook's canonical form data, with the browser's Web Crypto (Excel's pane and the
 * preview run over https or localhost, where it is there). Undefined where it is missing: the stamp is then
 * neither checked nor offered, rather than guessed.
 */
export async function formDataHash(snapshot: WorkbookSnapshot): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(formDataText(snapshot)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
