/**
 * A streaming XML reader over the inflated bytes of the big parts (worksheets, shared strings): no text decoder
 * over the whole part, no per-tag attribute objects; only what the handler asks for becomes a JS string.
 *
 * Still a real XML reader, as strict as saxes was for these parts: no DOCTYPE (refused as unsafe, so no entity
 * declarations and no entity bombs), bounded nesting, open and close tags matched on a stack, one root, no text
 * outside it, the five predefined entities and character references checked and decoded in text and in
 * attribute values, CDATA, comments, processing instructions, both quote styles, line ends normalised as XML
 * says, element names without their namespace prefix (`x:c` is `c`). A token cut by a chunk boundary (a tag,
 * an entity, a UTF-8 character) is kept and read again with the next chunk. A worksheet's plain cells may be read
 * whole, and so may plain shared strings and row tags, when the handler takes them so (plain-cell.ts,
 * plain-string.ts, plain-row.ts).
 */
import { UnreadableWorkbookError } from "../unreadable";
import { LIMITS, type Limits } from "./limits";
import { localName, notWellFormed } from "./xml";
import { inflateEntry, type NativeInflate, type ReadBudget, type ZipEntry } from "./zip";
import { canonicalNumber, newPlainCell, readPlainCell, type PlainCell } from "./plain-cell";
import { refInBytes } from "./cell-ref";
import { NAME_CHAR, NAME_START, NAME_TABLE, PLAIN_TEXT_BYTE } from "./xml-bytes";
import { readPlainString, type TextRange } from "./plain-string";
import { readPlainRow } from "./plain-row";

/** The attributes of the tag being opened; valid only during `open`. */
export interface Attributes {
  get(name: string): string | undefined;
  /**
   * `name`'s value read from its bytes when it is 1 to 15 plain decimal digits; -1 without the attribute, -2 when
   * the value is anything else (the caller then reads it with `get`, as before).
   */
  digits(name: string): number;
  /**
   * `name`'s value as a plain A1 reference within the limits (`$` allowed): its row, 0-based, with its column in
   * `refColumn`; -1 without the attribute, -2 for anything else (read it with `get` and parseRef). (Row and column
   * apart: packed in one number they outgrew a small integer, and V8's code made for small ones was thrown away.)
   */
  cellRef(name: string, limits: { maxRow: number; maxColumn: number }): number;
  /** The column, 0-based, of the reference `cellRef` last read. */
  readonly refColumn: number;
}

export interface ByteXmlHandler {
  /** Whether text from here to the next tag is wanted: text nobody wants is checked but never decoded. */
  readonly wantsText: boolean;
  /**
   * Whether text from here to the next tag, not wanted, is to be noted (`textSeen`, once per piece, CDATA even
   * empty): that there is some, without decoding it.
   */
  readonly notesText?: boolean;
  /**
   * Whether the next text, when it is the whole of its element and a canonical decimal (`-?digits[.digits]`, at
   * most 15 digits, no leading or trailing zero, not -0, not below 1e-6: so that String(value) gives it back),
   * is wanted as its value (`number`) rather than as text.
   */
  readonly wantsNumber?: boolean;
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Called only while `wantsText` is true. */
  text(text: string): void;
  textSeen?(): void;
  number?(value: number): void;
  /** Whether a plain cell (plain-cell.ts) may come whole, as `cell`, instead of as its tags' events. */
  readonly wantsCells?: boolean;
  /** A plain cell's `<c>` to `</c>` in one call; `cell` is reused, valid only during the call. */
  cell?(cell: PlainCell): void;
  /** Whether a plain row tag (plain-row.ts) may be opened as `row`, instead of as `open` with its attributes. */
  readonly wantsRows?: boolean;
  /** A plain `<row>` opened, with its `r` (-1 without one); it is closed as any element. */
  row?(r: number): void;
  /** Whether a plain shared string (plain-string.ts) may come whole, as `sharedString`, instead of as its tags' events. */
  readonly wantsStrings?: boolean;
  /** A plain shared string's `<si>` to `</si>` in one call, with its text. */
  sharedString?(text: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const AMP = 0x26;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const RSQB = 0x5d;
const MINUS = 0x2d;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const HASH = 0x23;

/** Flags of a text or attribute value range: what the slow decoding path has to handle. */
const HAS_AMP = 1;
const HAS_BREAK = 2;

class Damaged extends Error {}

/** XML 1.0's Name, for names with non-ASCII characters (ASCII ones are checked byte by byte with the table). */
const NAME =
  // eslint-disable-next-line no-misleading-character-class -- code point ranges from the XML grammar, not characters to join
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F\u2040]*$/u;

function checkName(buf: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (buf[i] >= 0x80) {
      if (!NAME.test(utf8.decode(buf.subarray(start, end)))) throw new Damaged("malformed name");
      return;
    }
  }
}

const ASCII = Array.from({ length: 128 }, (_, b) => String.fromCharCode(b));
const utf8 = new TextDecoder("utf-8");

/** UTF-8 bytes to a string; short ASCII runs (cell references, numbers, indexes) without the decoder's call cost. */
function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length <= 8) {
    let high = 0;
    for (let i = start; i < end; i++) high |= buf[i];
    if (high < 0x80) {
      const b = start;
      switch (length) {
        case 0:
          return "";
        case 1:
          return ASCII[buf[b]];
        case 2:
          return String.fromCharCode(buf[b], buf[b + 1]);
        case 3:
          return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2]);
        case 4:
          return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3]);
        case 5:
          return String.fromCharCode(buf[b], buf[b + 1], buf[b + 2], buf[b + 3], buf[b + 4]);
        case 6:
          return String.fromCharCode(
            buf[b],
            buf[b + 1],
            buf[b + 2],
            buf[b + 3],
            buf[b + 4],
            buf[b + 5]
          );
        case 7:
          return String.fromCharCode(
            buf[b],
            buf[b + 1],
            buf[b + 2],
            buf[b + 3],
            buf[b + 4],
            buf[b + 5],
            buf[b + 6]
          );
        default:
          return String.fromCharCode(
            buf[b],
            buf[b + 1],
            buf[b + 2],
            buf[b + 3],
            buf[b + 4],
            buf[b + 5],
            buf[b + 6],
            buf[b + 7]
          );
      }
    }
  }
  return utf8.decode(buf.subarray(start, end));
}

/** The same string, internalised: the handlers' `switch` on element names then compares pointers. */
function internalised(text: string): string {
  const holder: Record<string, true> = {};
  holder[text] = true;
  return Object.keys(holder)[0];
}

const isSpace = (b: number): boolean => b === SPACE || b === LF || b === TAB || b === CR;

function isXmlChar(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0xd7ff) ||
    code === LF ||
    code === CR ||
    code === TAB ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** U+FFFE and U+FFFF (EF BF BE, EF BF BF in UTF-8): not XML characters. */
const isNonCharacter = (buf: Uint8Array, i: number): boolean =>
  buf[i + 1] === 0xbf && (buf[i + 2] & 0xfe) === 0xbe;

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The XML declaration as XML 1.0 has it: a version, then optionally an encoding and standalone. */
const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>$/;

interface Name {
  readonly bytes: Uint8Array;
  readonly qualified: string;
  readonly local: string;
}

/** Bytes of a new chunk that finish carried text (a character, an entity, `]]>` or `\r\n` cut at the chunk's end). */
const TEXT_HEAD = 64;

/** Names remembered per part: a worksheet uses a dozen, a hostile part cannot grow this beyond the cap. */
const NAME_CACHE_SIZE = 512;

export class ByteXmlParser implements Attributes {
  /** Unconsumed bytes carried to the next chunk, and how many of them are in use. */
  private store = new Uint8Array(0);
  private stored = 0;
  /** A byte the carried token cannot end without: a chunk without it is only appended. */
  private need = 0;
  private started = false;
  private declarationAllowed = true;
  private sawRoot = false;
  private closedRoot = false;
  /** The open elements, the innermost at `depth - 1`: the array only grows (to the deepest nesting met). */
  private readonly stack: Name[] = [];
  private depth = 0;
  private readonly names = new Map<number, Name>();
  /** The names met most recently, by a cheap slot of first byte, last byte and length. */
  private readonly recent: Array<Name | undefined> = new Array<Name | undefined>(256).fill(
    undefined
  );
  /** The name last opened, by its first byte: what the next open tag with that byte mostly is. */
  private readonly opened: Array<Name | undefined> = new Array<Name | undefined>(256).fill(
    undefined
  );
  /** The tag being opened: its buffer and its attributes as [name start, name end, value start, value end, flags]. */
  private buf: Uint8Array = new Uint8Array(0);
  private attributes = new Int32Array(5 * 16);
  private attributeCount = 0;
  /** The column of the reference `cellRef` last read. */
  private readonly ref = { column: 0 };
  /** The cell the plain-cell path last read. */
  private readonly plainCell: PlainCell = newPlainCell();
  /** Where the text of the string the plain-string path last read is. */
  private readonly plainText: TextRange = { start: 0, end: 0 };
  /** The `r` of the row tag the plain-row path last read. */
  private readonly plainRow = { number: -1 };

  constructor(
    private readonly handler: ByteXmlHandler,
    private readonly partName: string,
    private readonly limits: Limits = LIMITS
  ) {}

  push(chunk: Uint8Array): void {
    let rest = chunk;
    if (this.stored > 0) {
      // The carried token is finished with the head of this chunk; the rest of the chunk is then read where it
      // is, not copied behind it (a streamed sheet comes a megabyte at a time).
      const cut =
        this.need === 0 ? Math.min(chunk.length, TEXT_HEAD) : chunk.indexOf(this.need) + 1;
      if (cut === 0) {
        this.append(chunk);
        return;
      }
      this.append(chunk.subarray(0, cut));
      this.parseStored(false);
      rest = chunk.subarray(cut);
      if (this.stored > 0) {
        // Still carried (a long text): the rest goes behind it.
        this.append(rest);
        if (this.need !== 0 && rest.indexOf(this.need) === -1) return;
        this.parseStored(false);
        return;
      }
    }
    const consumed = this.parse(rest, false);
    if (consumed < rest.length) this.append(rest.subarray(consumed));
  }

  end(): void {
    if (this.stored > 0 || !this.started) this.parseStored(true);
    if (this.depth > 0) throw new Damaged(`unclosed tag ${this.stack[this.depth - 1].qualified}`);
    if (!this.sawRoot) throw new Damaged("no root element");
  }

  /** Where `name`'s entry starts in `attributes`, or -1. */
  private find(name: string): number {
    const a = this.attributes;
    const buf = this.buf;
    const length = name.length;
    outer: for (let k = 0, at = 0; k < this.attributeCount; k++, at += 5) {
      const start = a[at];
      if (a[at + 1] - start !== length) continue;
      for (let j = 0; j < length; j++) if (buf[start + j] !== name.charCodeAt(j)) continue outer;
      return at;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const at = this.find(name);
    if (at === -1) return undefined;
    const a = this.attributes;
    return a[at + 4] === 0
      ? decodeUtf8(this.buf, a[at + 2], a[at + 3])
      : this.decode(this.buf, a[at + 2], a[at + 3], true);
  }

  digits(name: string): number {
    const at = this.find(name);
    if (at === -1) return -1;
    const a = this.attributes;
    const start = a[at + 2];
    const end = a[at + 3];
    if (a[at + 4] !== 0 || end === start || end - start > 15) return -2;
    const buf = this.buf;
    let value = 0;
    for (let i = start; i < end; i++) {
      const digit = buf[i] - 0x30;
      if (digit < 0 || digit > 9) return -2;
      value = value * 10 + digit;
    }
    return value;
  }

  cellRef(name: string, limits: { maxRow: number; maxColumn: number }): number {
    const at = this.find(name);
    if (at === -1) return -1;
    const a = this.attributes;
    if (a[at + 4] !== 0) return -2;
    const row = refInBytes(this.buf, a[at + 2], a[at + 3], limits, this.ref);
    return row < 0 ? -2 : row;
  }

  get refColumn(): number {
    return this.ref.column;
  }

  private append(bytes: Uint8Array): void {
    const needed = this.stored + bytes.length;
    if (needed > this.store.length) {
      const grown = new Uint8Array(Math.max(needed, this.store.length * 2, 1024));
      grown.set(this.store.subarray(0, this.stored));
      this.store = grown;
    }
    this.store.set(bytes, this.stored);
    this.stored = needed;
  }

  private parseStored(final: boolean): void {
    const consumed = this.parse(this.store.subarray(0, this.stored), final);
    if (consumed > 0) {
      this.store.copyWithin(0, consumed, this.stored);
      this.stored -= consumed;
    }
  }

  /** The name's strings, remembered by its bytes. */
  private nameAt(buf: Uint8Array, start: number, end: number): Name {
    const length = end - start;
    const slot = (buf[start] + buf[end - 1] * 7 + length * 31) & 255;
    const recent = this.recent[slot];
    if (recent !== undefined && recent.bytes.length === length) {
      const bytes = recent.bytes;
      let j = 0;
      while (j < length && bytes[j] === buf[start + j]) j++;
      if (j === length) return recent;
    }
    const name = this.lookUp(buf, start, end);
    this.recent[slot] = name;
    return name;
  }

  private lookUp(buf: Uint8Array, start: number, end: number): Name {
    let hash = end - start;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + buf[i]) | 0;
    const known = this.names.get(hash);
    if (known !== undefined && known.bytes.length === end - start) {
      let same = true;
      for (let i = start, j = 0; i < end; i++, j++)
        if (buf[i] !== known.bytes[j]) {
          same = false;
          break;
        }
      if (same) return known;
    }
    checkName(buf, start, end);
    const qualified = decodeUtf8(buf, start, end);
    const name: Name = {
      bytes: buf.slice(start, end),
      qualified,
      local: internalised(localName(qualified)),
    };
    if (known === undefined && this.names.size < NAME_CACHE_SIZE) this.names.set(hash, name);
    return name;
  }

  /** Text or an attribute value with entities, line ends (and, in a value, whitespace) as XML reads them. */
  private decode(buf: Uint8Array, start: number, end: number, attribute: boolean): string {
    let out = "";
    let run = start;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b === AMP) {
        if (run < i) out += decodeUtf8(buf, run, i);
        const semicolon = buf.indexOf(SEMICOLON, i + 1);
        if (semicolon === -1 || semicolon >= end) throw new Damaged("entity without ;");
        out += this.entity(buf, i + 1, semicolon);
        i = semicolon;
        run = i + 1;
      } else if (b === CR || (attribute && (b === LF || b === TAB))) {
        if (run < i) out += decodeUtf8(buf, run, i);
        out += attribute ? " " : "\n";
        if (b === CR && i + 1 < end && buf[i + 1] === LF) i++;
        run = i + 1;
      }
    }
    if (run < end) out += decodeUtf8(buf, run, end);
    return out;
  }

  private entity(buf: Uint8Array, start: number, end: number): string {
    if (start === end) throw new Damaged("empty entity");
    if (buf[start] === HASH) {
      let code = 0;
      let i = start + 1;
      const hex = i < end && buf[i] === 0x78;
      if (hex) i++;
      if (i === end) throw new Damaged("malformed character entity");
      for (; i < end; i++) {
        const b = buf[i];
        let digit: number;
        if (b >= 0x30 && b <= 0x39) digit = b - 0x30;
        else if (hex && b >= 0x61 && b <= 0x66) digit = b - 0x57;
        else if (hex && b >= 0x41 && b <= 0x46) digit = b - 0x37;
        else throw new Damaged("malformed character entity");
        code = code * (hex ? 16 : 10) + digit;
        if (code > 0x10ffff) throw new Damaged("malformed character entity");
      }
      if (!isXmlChar(code)) throw new Damaged("malformed character entity");
      return String.fromCodePoint(code);
    }
    const value = end - start <= 4 ? PREDEFINED[decodeUtf8(buf, start, end)] : undefined;
    if (value === undefined) throw new Damaged("undefined entity");
    return value;
  }

  /** The innermost open element, `open`, closes: the handler is told, and closing the root ends the document. */
  private closeTop(open: Name): void {
    this.depth--;
    this.handler.close(open.local);
    if (this.depth === 0) this.closedRoot = true;
  }

  private text(buf: Uint8Array, start: number, end: number, flags: number): void {
    if (this.depth === 0) {
      for (let i = start; i < end; i++)
        if (!isSpace(buf[i])) throw new Damaged("text outside the root element");
      return;
    }
    if (this.handler.wantsText) {
      this.handler.text(
        flags === 0 ? decodeUtf8(buf, start, end) : this.decode(buf, start, end, false)
      );
    } else {
      if (flags & HAS_AMP) this.decode(buf, start, end, false);
      if (this.handler.notesText === true) this.handler.textSeen!();
    }
  }

  /**
   * Reads the complete tokens of `buf`, hands them to the handler, and returns how many bytes it used: the
   * rest is an unfinished token, read again with the next chunk (or refused at the end of the part).
   */
  private parse(buf: Uint8Array, final: boolean): number {
    const len = buf.length;
    const handler = this.handler;
    const stack = this.stack;
    let pos = 0;
    this.need = 0;
    if (!this.started) {
      if (len < 3 && !final) return 0;
      this.started = true;
      // A byte order mark, as the text decoder dropped it.
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    }
    while (pos < len) {
      if (buf[pos] !== LT) {
        // Text up to the next tag.
        let i = pos;
        let flags = 0;
        for (; i < len; i++) {
          const b = buf[i];
          if (PLAIN_TEXT_BYTE[b] === 1) continue;
          if (b < 0x40) {
            if (b === LT) break;
            if (b === AMP) flags |= HAS_AMP;
            else if (b < SPACE) {
              if (b === CR) flags |= HAS_BREAK;
              else if (b !== LF && b !== TAB) throw new Damaged("disallowed character");
            } else if (b === GT && i >= pos + 2 && buf[i - 1] === RSQB && buf[i - 2] === RSQB) {
              throw new Damaged("]]> in text");
            }
          } else if (b === 0xef && isNonCharacter(buf, i)) {
            throw new Damaged("disallowed character");
          }
        }
        this.declarationAllowed = false;
        if (
          flags === 0 &&
          i + 1 < len &&
          buf[i + 1] === SLASH &&
          this.depth > 0 &&
          handler.wantsNumber === true
        ) {
          const value = canonicalNumber(buf, pos, i);
          if (value === value) {
            handler.number!(value);
            pos = i;
            continue;
          }
        }
        if (i === len && !final) {
          const cut = this.safeCut(buf, pos, len, flags);
          if (cut > pos) this.text(buf, pos, cut, flags);
          return cut;
        }
        this.text(buf, pos, i, flags);
        pos = i;
        continue;
      }
      if (pos + 1 >= len) {
        if (final) throw new Damaged("unexpected end");
        return pos;
      }
      const next = buf[pos + 1];
      if (next === SLASH) {
        // A close tag. Mostly the open element's own name right before `>`: then its bytes say so.
        const top = this.depth > 0 ? stack[this.depth - 1] : undefined;
        if (top !== undefined) {
          const bytes = top.bytes;
          const n = bytes.length;
          const at = pos + 2;
          if (at + n < len && buf[at + n] === GT) {
            let j = 0;
            while (j < n && buf[at + j] === bytes[j]) j++;
            if (j === n) {
              this.closeTop(top);
              pos = at + n + 1;
              continue;
            }
          }
        }
        const nameStart = pos + 2;
        let i = nameStart;
        while (i < len && NAME_TABLE[buf[i]] & NAME_CHAR) i++;
        const nameEnd = i;
        while (i < len && isSpace(buf[i])) i++;
        if (i >= len) return this.unfinished(pos, final);
        if (buf[i] !== GT || nameEnd === nameStart) throw new Damaged("malformed close tag");
        const name = this.nameAt(buf, nameStart, nameEnd);
        const open = this.depth > 0 ? stack[this.depth - 1] : undefined;
        if (open === undefined) throw new Damaged(`unexpected close tag ${name.qualified}`);
        this.closeTop(open);
        if (open !== name && open.qualified !== name.qualified)
          throw new Damaged(`${open.qualified} closed by ${name.qualified}`);
        pos = i + 1;
      } else if (next === QUESTION) {
        // A processing instruction, or the XML declaration at the very start.
        const close = this.find2(buf, pos + 2, QUESTION, GT);
        if (close === -1) return this.unfinished(pos, final);
        let i = pos + 2;
        if (i >= close || !(NAME_TABLE[buf[i]] & NAME_START))
          throw new Damaged("processing instruction without a target");
        while (i < close && NAME_TABLE[buf[i]] & NAME_CHAR) i++;
        if (i < close && !isSpace(buf[i])) throw new Damaged("processing instruction target");
        checkName(buf, pos + 2, i);
        const xml =
          i - pos - 2 === 3 &&
          buf[pos + 2] === 0x78 &&
          buf[pos + 3] === 0x6d &&
          buf[pos + 4] === 0x6c;
        if (xml) {
          if (!this.declarationAllowed) throw new Damaged("XML declaration not at the start");
          if (!XML_DECLARATION.test(decodeUtf8(buf, pos, close + 2)))
            throw new Damaged("malformed XML declaration");
        }
        this.checkChars(buf, i, close);
        this.declarationAllowed = false;
        pos = close + 2;
      } else if (next === BANG) {
        pos = this.markupDeclaration(buf, pos, final);
        if (pos < 0) return -pos - 1;
      } else {
        // A plain cell, read whole when the handler takes it so (its `<f>` and `<v>` one and two levels deeper).
        if (
          next === 0x63 &&
          this.depth > 0 &&
          this.depth + 1 < this.limits.maxDepth &&
          handler.wantsCells === true
        ) {
          const end = readPlainCell(buf, pos, this.limits, this.plainCell);
          if (end !== -1) {
            handler.cell!(this.plainCell);
            pos = end;
            continue;
          }
        }
        // A plain shared string, likewise (its `<t>` one level deeper).
        if (
          next === 0x73 &&
          this.depth > 0 &&
          this.depth + 1 < this.limits.maxDepth &&
          handler.wantsStrings === true
        ) {
          const end = readPlainString(buf, pos, this.plainText);
          if (end !== -1) {
            handler.sharedString!(decodeUtf8(buf, this.plainText.start, this.plainText.end));
            pos = end;
            continue;
          }
        }
        // A plain row tag, likewise: the row stays open.
        if (
          next === 0x72 &&
          this.depth > 0 &&
          this.depth < this.limits.maxDepth &&
          handler.wantsRows === true
        ) {
          const end = readPlainRow(buf, pos, this.limits, this.plainRow);
          if (end !== -1) {
            stack[this.depth++] = this.nameAt(buf, pos + 1, pos + 4);
            handler.row!(this.plainRow.number);
            pos = end;
            continue;
          }
        }
        // An open tag. Its name is mostly the one last opened with the same first byte: then its bytes say so.
        const nameStart = pos + 1;
        let name = this.opened[next];
        let i = nameStart;
        if (name !== undefined) {
          const bytes = name.bytes;
          const n = bytes.length;
          if (nameStart + n < len && !(NAME_TABLE[buf[nameStart + n]] & NAME_CHAR)) {
            let j = 1;
            while (j < n && buf[nameStart + j] === bytes[j]) j++;
            if (j === n) i = nameStart + n;
          }
        }
        if (i === nameStart) {
          name = undefined;
          if (!(NAME_TABLE[next] & NAME_START))
            throw new Damaged("disallowed character in tag name");
          i++;
          while (i < len && NAME_TABLE[buf[i]] & NAME_CHAR) i++;
        }
        const nameEnd = i;
        let count = 0;
        /** The values' flags together: whether any has an entity to check. */
        let anyFlags = 0;
        let selfClosing = false;
        let complete = false;
        while (i < len) {
          let b = buf[i];
          // Whitespace before every attribute; after a value, anything but whitespace, `>` or `/>` is refused.
          const spaced = isSpace(b);
          if (spaced) {
            i++;
            while (i < len && isSpace(buf[i])) i++;
            if (i >= len) break;
            b = buf[i];
          }
          if (b === GT) {
            i++;
            complete = true;
            break;
          }
          if (b === SLASH) {
            if (i + 1 >= len) break;
            if (buf[i + 1] !== GT) throw new Damaged("/ in a tag not followed by >");
            i += 2;
            selfClosing = true;
            complete = true;
            break;
          }
          if (!spaced || !(NAME_TABLE[b] & NAME_START))
            throw new Damaged("disallowed character in attribute name");
          const attributeStart = i;
          // Bytes of the name ORed: only a name with non-ASCII characters needs checkName.
          let high = b;
          i++;
          for (; i < len; i++) {
            const c = buf[i];
            if (!(NAME_TABLE[c] & NAME_CHAR)) break;
            high |= c;
          }
          const attributeEnd = i;
          if (high >= 0x80) checkName(buf, attributeStart, attributeEnd);
          while (i < len && isSpace(buf[i])) i++;
          if (i >= len) break;
          if (buf[i] !== EQUALS) throw new Damaged("attribute without value");
          i++;
          while (i < len && isSpace(buf[i])) i++;
          if (i >= len) break;
          const quote = buf[i];
          if (quote !== DQUOTE && quote !== SQUOTE) throw new Damaged("unquoted attribute value");
          const valueStart = ++i;
          let valueFlags = 0;
          for (; i < len; i++) {
            const v = buf[i];
            if (v === quote) break;
            if (v < 0x40) {
              if (v === LT) throw new Damaged("< in an attribute value");
              if (v === AMP) valueFlags |= HAS_AMP;
              else if (v < SPACE) {
                if (v === CR || v === LF || v === TAB) valueFlags |= HAS_BREAK;
                else throw new Damaged("disallowed character");
              }
            } else if (v === 0xef && isNonCharacter(buf, i)) {
              throw new Damaged("disallowed character");
            }
          }
          if (i >= len) break;
          const at = count * 5;
          if (at + 5 > this.attributes.length) {
            const grown = new Int32Array(this.attributes.length * 2);
            grown.set(this.attributes);
            this.attributes = grown;
          }
          const a = this.attributes;
          a[at] = attributeStart;
          a[at + 1] = attributeEnd;
          a[at + 2] = valueStart;
          a[at + 3] = i;
          a[at + 4] = valueFlags;
          anyFlags |= valueFlags;
          count++;
          i++;
        }
        if (!complete) return this.unfinished(pos, final);
        if (this.closedRoot) throw new Damaged("a second root element");
        this.sawRoot = true;
        this.declarationAllowed = false;
        this.buf = buf;
        this.attributeCount = count;
        if (count > 1) this.checkDuplicates(buf, count);
        if (anyFlags & HAS_AMP)
          for (let k = 0; k < count; k++)
            if (this.attributes[k * 5 + 4] & HAS_AMP)
              this.decode(buf, this.attributes[k * 5 + 2], this.attributes[k * 5 + 3], true);
        if (this.depth >= this.limits.maxDepth)
          throw new UnreadableWorkbookError("too-large", { detail: "depth" });
        if (name === undefined) {
          name = this.nameAt(buf, nameStart, nameEnd);
          this.opened[next] = name;
        }
        stack[this.depth++] = name;
        handler.open(name.local, this);
        if (selfClosing) this.closeTop(name);
        pos = i;
      }
    }
    return pos;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`; returns the position after it, or -(start + 1) when it is unfinished. */
  private markupDeclaration(buf: Uint8Array, pos: number, final: boolean): number {
    const len = buf.length;
    const starts = (text: string): boolean | undefined => {
      for (let j = 0; j < text.length; j++) {
        if (pos + 2 + j >= len) return undefined;
        if (buf[pos + 2 + j] !== text.charCodeAt(j)) return false;
      }
      return true;
    };
    const comment = starts("--");
    const cdata = comment ? false : starts("[CDATA[");
    const doctype = comment || cdata ? false : starts("DOCTYPE");
    if (comment === undefined || cdata === undefined || doctype === undefined) {
      if (final) throw new Damaged("unexpected end");
      return -pos - 1;
    }
    this.declarationAllowed = false;
    if (comment) {
      const dashes = this.find2(buf, pos + 4, MINUS, MINUS);
      if (dashes === -1 || dashes + 2 >= len) return -this.unfinished(pos, final) - 1;
      if (buf[dashes + 2] !== GT) throw new Damaged("-- in a comment");
      this.checkChars(buf, pos + 4, dashes);
      return dashes + 3;
    }
    if (cdata) {
      const start = pos + 9;
      let end = this.find2(buf, start, RSQB, RSQB);
      while (end !== -1 && end + 2 < len && buf[end + 2] !== GT)
        end = this.find2(buf, end + 1, RSQB, RSQB);
      if (end === -1 || end + 2 >= len) return -this.unfinished(pos, final) - 1;
      const flags = this.checkChars(buf, start, end);
      // Empty or not, CDATA is text, as saxes reported it.
      if (this.depth > 0) {
        if (this.handler.wantsText)
          this.handler.text(
            flags === 0 ? decodeUtf8(buf, start, end) : this.decode(buf, start, end, false)
          );
        else if (this.handler.notesText === true) this.handler.textSeen!();
      }
      return end + 3;
    }
    if (doctype) {
      if (this.sawRoot) throw new Damaged("DOCTYPE after the root element");
      throw new UnreadableWorkbookError("unsafe", { detail: `DOCTYPE in ${this.partName}` });
    }
    throw new Damaged("incorrect syntax");
  }

  private unfinished(pos: number, final: boolean): number {
    if (final) throw new Damaged("unexpected end");
    this.need = GT;
    return pos;
  }

  /** Where text that runs to the end of the chunk may be cut: never inside a character, an entity, `]]>` or `\r\n`. */
  private safeCut(buf: Uint8Array, start: number, end: number, flags: number): number {
    let cut = end;
    if (flags & HAS_AMP) {
      const amp = buf.lastIndexOf(AMP, end - 1);
      if (amp >= start && buf.indexOf(SEMICOLON, amp) === -1) {
        if (end - amp > 64) throw new Damaged("entity without ;");
        cut = amp;
      }
    }
    let back = 0;
    while (cut > start && back < 3 && (buf[cut - 1] & 0xc0) === 0x80) {
      cut--;
      back++;
    }
    if (cut > start && buf[cut - 1] >= 0xc0) cut--;
    back = 0;
    while (cut > start && back < 2 && (buf[cut - 1] === RSQB || buf[cut - 1] === CR)) {
      cut--;
      back++;
    }
    return cut;
  }

  private find2(buf: Uint8Array, from: number, first: number, second: number): number {
    let at = buf.indexOf(first, from);
    while (at !== -1 && at + 1 < buf.length && buf[at + 1] !== second)
      at = buf.indexOf(first, at + 1);
    return at === -1 || at + 1 >= buf.length ? -1 : at;
  }

  /** Refuses characters XML does not allow; says HAS_BREAK when there is a CR to turn into a line feed. */
  private checkChars(buf: Uint8Array, start: number, end: number): number {
    let flags = 0;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b < SPACE) {
        if (b === CR) flags |= HAS_BREAK;
        else if (b !== LF && b !== TAB) throw new Damaged("disallowed character");
      } else if (b === 0xef && isNonCharacter(buf, i)) {
        throw new Damaged("disallowed character");
      }
    }
    return flags;
  }

  private checkDuplicates(buf: Uint8Array, count: number): void {
    const a = this.attributes;
    if (count > 32) {
      const seen = new Set<string>();
      for (let k = 0; k < count; k++) {
        const name = decodeUtf8(buf, a[k * 5], a[k * 5 + 1]);
        if (seen.has(name)) throw new Damaged(`duplicate attribute ${name}`);
        seen.add(name);
      }
      return;
    }
    for (let k = 1; k < count; k++) {
      const start = a[k * 5];
      const length = a[k * 5 + 1] - start;
      outer: for (let m = 0; m < k; m++) {
        const other = a[m * 5];
        if (a[m * 5 + 1] - other !== length) continue;
        for (let j = 0; j < length; j++) if (buf[start + j] !== buf[other + j]) continue outer;
        throw new Damaged("duplicate attribute");
      }
    }
  }
}

/** Reads one part with the byte reader: the same refusals as `parsePart` in xml.ts. */
export function parseBytePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  handler: ByteXmlHandler,
  budget: ReadBudget,
  limits: Limits = LIMITS,
  native?: NativeInflate
): void {
  const parser = new ByteXmlParser(handler, entry.name, limits);
  try {
    inflateEntry(bytes, entry, (chunk) => parser.push(chunk), budget, limits, native);
    parser.end();
  } catch (error) {
    notWellFormed(entry, error);
  }
}
