/**
 * The .xlsx/.xlsm reader: fflate for the zip (CRC-32 checked, sizes bounded before and during inflating), the
 * byte XML reader (byte-xml.ts) for the big parts (worksheets, shared strings) and saxes for the small ones (both
 * streamed, no DOCTYPE), and only the parts the engine needs: the workbook's sheet list,
 * its relationships, styles (number formats, font names), shared strings and the worksheets. Pictures,
 * charts, comments, validations, drawings are never inflated.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../core";
import { UnreadableWorkbookError } from "../unreadable";
import { LIMITS, type Limits } from "./limits";
import {
  RelationshipsHandler,
  SharedStringsHandler,
  WorkbookHandler,
  resolveTarget,
  type Relationship,
} from "./package-parts";
import { SheetHandler, WorkbookCells, type WorkbookTally } from "./sheet";
import { StylesHandler, type CellStyle } from "./styles";
import { parseBytePart } from "./byte-xml";
import { parsePart, type XmlHandler } from "./xml";
import { ReadBudget, readCentralDirectory, type NativeInflate, type ZipEntry } from "./zip";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

function relType(relationship: Relationship): string {
  const { type } = relationship;
  if (type.startsWith(REL)) return type.slice(REL.length);
  if (type.startsWith(STRICT_REL)) return type.slice(STRICT_REL.length);
  return type;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash === -1 ? "" : part.slice(0, slash + 1);
}

function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

/** `native`: the host's own inflater (the command line's zlib); without it fflate streams every part. */
export function readXlsx(
  bytes: Uint8Array,
  limits: Limits = LIMITS,
  native?: NativeInflate
): WorkbookSnapshot {
  const entries = readCentralDirectory(bytes, limits);
  const budget = new ReadBudget(limits);
  const parse = <H extends XmlHandler>(entry: ZipEntry, handler: H): H => {
    parsePart(bytes, entry, handler, budget, limits, native);
    return handler;
  };
  const relationshipsOf = (part: string): Relationship[] => {
    const entry = entries.get(relsPartOf(part));
    return entry ? parse(entry, new RelationshipsHandler()).relationships : [];
  };

  let workbookPart = "xl/workbook.xml";
  const root = entries.get("_rels/.rels");
  if (root) {
    const office = parse(root, new RelationshipsHandler()).relationships.find(
      (r) => relType(r) === "officeDocument" && !r.external
    );
    if (office) workbookPart = resolveTarget("", office.target);
  }
  const workbookEntry = entries.get(workbookPart);
  if (!workbookEntry) throw new UnreadableWorkbookError("not-xlsx");
  const workbook = parse(workbookEntry, new WorkbookHandler(limits));
  const relationships = relationshipsOf(workbookPart);
  const base = folderOf(workbookPart);
  const partFor = (type: string, fallback: string): string | undefined => {
    const found = relationships.find((r) => relType(r) === type && !r.external);
    const part = found ? resolveTarget(base, found.target) : fallback;
    return entries.has(part) ? part : undefined;
  };

  // The worksheets to read, in the workbook's order. Chart sheets, dialog and macro sheets hold no cells: not
  // sheets of the form, as exceljs never showed them.
  const worksheets = workbook.sheets.flatMap((sheet) => {
    const relationship = relationships.find((r) => r.id === sheet.relationshipId);
    if (relationship && relType(relationship) !== "worksheet") return [];
    const part =
      relationship && !relationship.external ? resolveTarget(base, relationship.target) : undefined;
    return [{ sheet, part, entry: part === undefined ? undefined : entries.get(part) }];
  });
  const stringsPart = partFor("sharedStrings", `${base}sharedStrings.xml`);
  const stringsEntry = stringsPart === undefined ? undefined : entries.get(stringsPart);

  let styles: CellStyle[] = [];
  const stylesPart = partFor("styles", `${base}styles.xml`);
  if (stylesPart) styles = parse(entries.get(stylesPart)!, new StylesHandler()).styles();
  let sharedStrings: string[] = [];
  if (stringsEntry) {
    const handler = new SharedStringsHandler(limits);
    parseBytePart(bytes, stringsEntry, handler, budget, limits, native);
    sharedStrings = handler.strings;
  }

  const tally: WorkbookTally = { cells: 0, slots: 0 };
  const cells = new WorkbookCells(styles, sharedStrings.length);
  const sheets: SheetSnapshot[] = [];
  for (const { sheet, part, entry } of worksheets) {
    if (!entry || part === undefined)
      throw new UnreadableWorkbookError("missing-sheet", { detail: sheet.name });
    const handler = new SheetHandler(part, sharedStrings, cells, workbook.date1904, tally, limits);
    try {
      parseBytePart(bytes, entry, handler, budget, limits, native);
    } catch (error) {
      if (error instanceof UnreadableWorkbookError && error.reason === "damaged") {
        throw new UnreadableWorkbookError("missing-sheet", { detail: sheet.name, cause: error });
      }
      throw error;
    }
    sheets.push(handler.snapshot(sheet.name));
  }
  // A zip without worksheets is another kind of document (.docx, a plain .zip), not a damaged workbook.
  if (sheets.length === 0) throw new UnreadableWorkbookError("not-xlsx");
  return { sheets };
}
