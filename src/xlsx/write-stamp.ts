/**
 * Writes the stamp sheet into an .xlsx/.xlsm package and touches nothing else the user made.
 *
 * Works on the package itself (fflate), not through a workbook model: a model would rewrite every part
 * (styles, shared strings, drawings) on save. Only four parts change: the stamp sheet's own part (new or
 * replaced), and, when the sheet is new, `xl/workbook.xml` (one `<sheet>` element), its relationships (one
 * `<Relationship>`) and `[Content_Types].xml` (one `<Override>`). Every other part keeps its bytes.
 * Cells are inline strings, so the shared-string table is untouched.
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import { STAMP_SHEET_NAME, columnLetters, isStampSheetName } from "../core";
import { UnreadableWorkbookError } from "./unreadable";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const SHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

const decoder = new TextDecoder("utf-8", { fatal: false });
const encoder = new TextEncoder();

function xmlEscape(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped: the stamp's own text never has them.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The stamp sheet's XML: every cell an inline string, so nothing is a formula and no shared string changes. */
export function stampSheetXml(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map(
          (text, c) =>
            `<c r="${columnLetters(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`
        )
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(
    tag
  );
  return match ? (match[2] ?? match[3]) : undefined;
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name];
    }
  );
}

/** The part a relationship target names, relative to `xl/`. */
function partOf(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== ".") out.push(part);
  }
  return out.join("/");
}

function text(parts: Record<string, Uint8Array>, name: string): string {
  const bytes = parts[name];
  if (!bytes) throw new UnreadableWorkbookError("damaged");
  return decoder.decode(bytes);
}

/** The stamp sheet's existing part, when the workbook already carries one. */
function existingStampPart(workbookXml: string, relsXml: string): string | undefined {
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    if (name === undefined || !isStampSheetName(unescapeXml(name))) continue;
    const id = attribute(tag, "r:id");
    for (const rel of relsXml.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (attribute(rel, "Id") === id) {
        const target = attribute(rel, "Target");
        return target === undefined ? undefined : partOf(unescapeXml(target));
      }
    }
  }
  return undefined;
}

function nextNumber(values: Iterable<string>, pattern: RegExp): number {
  let max = 0;
  for (const value of values) {
    const match = pattern.exec(value);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

/**
 * The package with the stamp sheet written: replaced when there is one, added (very hidden, last) when not.
 * Throws UnreadableWorkbookError('damaged') when the package lacks the parts every workbook has.
 */
export function writeStampSheet(
  bytes: Uint8Array,
  rows: ReadonlyArray<ReadonlyArray<string>>
): Uint8Array {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch (cause) {
    throw new UnreadableWorkbookError("damaged", { cause });
  }
  const sheetXml = encoder.encode(stampSheetXml(rows));
  const workbookXml = text(parts, WORKBOOK);
  const relsXml = text(parts, WORKBOOK_RELS);
  const existing = existingStampPart(workbookXml, relsXml);
  const out: Zippable = {};
  if (existing !== undefined && parts[existing]) {
    for (const [name, data] of Object.entries(parts))
      out[name] = name === existing ? sheetXml : data;
    return zipSync(out, { level: 6 });
  }

  const typesXml = text(parts, CONTENT_TYPES);
  const sheetNumber = nextNumber(Object.keys(parts), /^xl\/worksheets\/sheet(\d+)\.xml$/);
  const part = `xl/worksheets/sheet${sheetNumber}.xml`;
  const relId = `rId${nextNumber(
    (relsXml.match(/\sId="rId(\d+)"/g) ?? []).map((m) => m.trim()),
    /rId(\d+)/
  )}`;
  const sheetId = nextNumber(
    (workbookXml.match(/<sheet\b[^>]*>/g) ?? []).map((tag) => `n${attribute(tag, "sheetId") ?? 0}`),
    /n(\d+)/
  );
  // The workbook's own prefix for the relationships namespace (almost always `r`).
  const prefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      workbookXml
    )?.[1];
  if (
    !prefix ||
    !/<\/sheets>/.test(workbookXml) ||
    !/<\/Relationships>/.test(relsXml) ||
    !/<\/Types>/.test(typesXml)
  ) {
    throw new UnreadableWorkbookError("damaged");
  }
  const sheetTag = `<sheet name="${STAMP_SHEET_NAME}" sheetId="${sheetId}" state="veryHidden" ${prefix}:id="${relId}"/>`;
  const relTag = `<Relationship Id="${relId}" Type="${SHEET_REL}" Target="worksheets/sheet${sheetNumber}.xml"/>`;
  const typeTag = `<Override PartName="/${part}" ContentType="${SHEET_TYPE}"/>`;
  const changed: Record<string, Uint8Array> = {
    [WORKBOOK]: encoder.encode(workbookXml.replace("</sheets>", `${sheetTag}</sheets>`)),
    [WORKBOOK_RELS]: encoder.encode(
      relsXml.replace("</Relationships>", `${relTag}</Relationships>`)
    ),
    [CONTENT_TYPES]: encoder.encode(typesXml.replace("</Types>", `${typeTag}</Types>`)),
  };
  for (const [name, data] of Object.entries(parts)) out[name] = changed[name] ?? data;
  out[part] = sheetXml;
  return zipSync(out, { level: 6 });
}
