/** The package's small parts: relationships, the workbook's sheet list, shared strings. */
import { UnreadableWorkbookError } from "../unreadable";
import { LIMITS, type Limits } from "./limits";
import type { Attributes, ByteXmlHandler } from "./byte-xml";
import type { XmlHandler } from "./xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export class RelationshipsHandler implements XmlHandler {
  readonly relationships: Relationship[] = [];

  open(name: string, attributes: Record<string, string>): void {
    if (name !== "Relationship") return;
    this.relationships.push({
      id: attributes.Id ?? "",
      type: attributes.Type ?? "",
      target: attributes.Target ?? "",
      external: attributes.TargetMode === "External",
    });
  }

  close(): void {}
  text(): void {}
}

/** The part a relationship points at, from the folder of the part that holds it (`xl/`), as a zip entry name. */
export function resolveTarget(baseFolder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : baseFolder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") parts.pop();
    else parts.push(piece);
  }
  return parts.join("/");
}

export interface SheetEntry {
  readonly name: string;
  readonly relationshipId: string;
}

export class WorkbookHandler implements XmlHandler {
  readonly sheets: SheetEntry[] = [];
  date1904 = false;

  constructor(private readonly limits: Limits = LIMITS) {}

  open(name: string, attributes: Record<string, string>): void {
    if (name === "sheet") {
      if (this.sheets.length >= this.limits.maxSheets)
        throw new UnreadableWorkbookError("too-large", { detail: "sheets" });
      let relationshipId = "";
      for (const key in attributes) {
        if (key === "r:id" || key.endsWith(":id")) relationshipId = attributes[key];
      }
      this.sheets.push({ name: attributes.name ?? "", relationshipId });
    } else if (name === "workbookPr") {
      this.date1904 = attributes.date1904 === "1";
    }
  }

  close(): void {}
  text(): void {}
}

/** At most this many shared strings are made room for ahead of reading them, whatever `uniqueCount` says. */
const PRESIZE_CAP = 1_000_000;

/** Shared strings: each `<si>`'s text, runs joined, phonetic guides (`<rPh>`) left out as Excel shows them. */
export class SharedStringsHandler implements ByteXmlHandler {
  /**
   * Made the size `<sst uniqueCount>` announces (up to a cap) and cut to the strings read when `<sst>` closes: one
   * array, where growing it push by push copied it over and over while the garbage collector watched each copy.
   */
  strings: string[] = [];
  private count = 0;
  private current = "";
  private inItem = false;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly limits: Limits = LIMITS) {}

  open(name: string, attributes: Attributes): void {
    if (name === "si") {
      this.startItem();
    } else if (name === "t") {
      this.inText = this.inItem && this.phonetic === 0;
    } else if (name === "rPh") {
      this.phonetic++;
    } else if (name === "sst" && this.count === 0 && this.strings.length === 0) {
      const announced = attributes.digits("uniqueCount");
      if (announced > 0) this.strings = new Array<string>(Math.min(announced, PRESIZE_CAP));
    }
  }

  close(name: string): void {
    if (name === "si") {
      this.endItem();
    } else if (name === "t") {
      this.inText = false;
    } else if (name === "rPh") {
      this.phonetic--;
    } else if (name === "sst") {
      this.strings.length = this.count;
    }
  }

  private startItem(): void {
    if (this.count >= this.limits.maxSharedStrings)
      throw new UnreadableWorkbookError("too-large", { detail: "shared-strings" });
    this.inItem = true;
    this.current = "";
  }

  private endItem(): void {
    this.strings[this.count++] = this.current;
    this.inItem = false;
    this.current = "";
  }

  get wantsStrings(): boolean {
    return true;
  }

  /** The same as the events of `<si><t>text</t></si>`. */
  sharedString(text: string): void {
    this.startItem();
    if (this.phonetic === 0) this.text(text);
    this.inText = false;
    this.endItem();
  }

  get wantsText(): boolean {
    return this.inText;
  }

  text(text: string): void {
    this.current += text;
    if (this.current.length > this.limits.maxStringLength)
      throw new UnreadableWorkbookError("too-large", { detail: "string" });
  }
}
