/** A minimal .xlsx written part by part (fflate), so that tests can damage exactly one thing. */
import { strToU8, zipSync, type Zippable } from "fflate";

export interface SheetPart {
  readonly name: string;
  /** The `<worksheet>` element's inside (sheetData, mergeCells, dataValidations, cols...). */
  readonly body: string;
}

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The parts of a workbook with the given sheets and shared strings, as name → text. */
export function workbookParts(
  sheets: readonly SheetPart[],
  sharedStrings: readonly string[] = []
): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${sharedStrings.length}">${sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`,
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${sheet.body}</worksheet>`;
  });
  return parts;
}

/** Zips the parts; `level: 0` stores them, so that a test can find and change their bytes in place. */
export function zipParts(
  parts: Readonly<Record<string, string | Uint8Array>>,
  level: 0 | 6 = 6
): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = [typeof content === "string" ? strToU8(content) : content, { level }];
  return zipSync(files);
}

/** `<sheetData>` from rows of cells given as their inner XML per A1 reference. */
export function sheetData(
  rows: ReadonlyArray<ReadonlyArray<readonly [ref: string, attributes: string, inner: string]>>
): string {
  return `<sheetData>${rows.map((cells, r) => `<row r="${r + 1}">${cells.map(([ref, attributes, inner]) => `<c r="${ref}"${attributes ? ` ${attributes}` : ""}>${inner}</c>`).join("")}</row>`).join("")}</sheetData>`;
}
