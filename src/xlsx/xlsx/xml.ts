/**
 * Streaming XML over an inflating zip entry: bytes → UTF-8 text (streamed, so a character split between
 * chunks is kept) → saxes events. No DOCTYPE (so no entity declarations, no entity bombs), bounded nesting,
 * element names without their namespace prefix (`x:c` is `c`).
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { UnreadableWorkbookError } from "../unreadable";
import { LIMITS, type Limits } from "./limits";
import { inflateEntry, type NativeInflate, type ReadBudget, type ZipEntry } from "./zip";

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

export function parsePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  handler: XmlHandler,
  budget: ReadBudget,
  limits: Limits = LIMITS,
  native?: NativeInflate
): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  let depth = 0;
  let failure: unknown;
  parser.on("doctype", () => {
    throw new UnreadableWorkbookError("unsafe", { detail: `DOCTYPE in ${entry.name}` });
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (++depth > limits.maxDepth)
      throw new UnreadableWorkbookError("too-large", { detail: "depth" });
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    depth--;
    handler.close(localName(tag.name));
  });
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  parser.on("error", (error) => {
    failure = error;
    throw error;
  });
  const decoder = new TextDecoder("utf-8");
  try {
    inflateEntry(
      bytes,
      entry,
      (chunk) => {
        parser.write(decoder.decode(chunk, { stream: true }));
      },
      budget,
      limits,
      native
    );
    const rest = decoder.decode();
    if (rest) parser.write(rest);
    parser.close();
  } catch (error) {
    notWellFormed(entry, error, failure ?? error);
  }
}

/** A part's reading failed: our own refusal as it is, anything else is XML that is not well formed. */
export function notWellFormed(entry: ZipEntry, error: unknown, cause: unknown = error): never {
  if (error instanceof UnreadableWorkbookError) throw error;
  throw new UnreadableWorkbookError("damaged", {
    detail: `${entry.name}: not well-formed XML`,
    cause,
  });
}
