/**
 * The byte XML reader against saxes, the XML reader it replaced for worksheets and shared strings: on generated
 * documents (prefixes, both quote styles, whitespace, entities, CDATA, comments, processing instructions, non-ASCII
 * text, line ends) cut into chunks at random places, whole or damaged, it reports the same elements, attribute
 * values and text, or refuses the document for the same reason.
 */
import fc from "fast-check";
import { ByteXmlParser, type Attributes } from "../../src/xlsx/xlsx/byte-xml";
import { LIMITS } from "../../src/xlsx/xlsx/limits";
import {
  PROPERTY,
  assertDamagedAlike,
  RUNS,
  parseWithSaxes,
  pushInPieces,
  refusal,
} from "../support/byte-xml-runs";

const ATTRIBUTE_NAMES = ["r", "t", "s", "ref", "x:r", "spans", "xml:space", "a-b"];

type Outcome = { events: string[] } | { refused: string };

/** Text split in pieces joined; text outside the root element, which no handler reads, left out. */
function merged(events: string[]): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const event of events) {
    if (event.startsWith("open ")) depth++;
    else if (event.startsWith("close ")) depth--;
    else if (depth === 0) continue;
    const last = out.length - 1;
    if (event.startsWith("text ") && last >= 0 && out[last].startsWith("text "))
      out[last] += event.slice(5);
    else out.push(event);
  }
  return out;
}

/** saxes, as xml.ts drives it, over a stored zip entry. */
function withSaxes(xml: Uint8Array): Outcome {
  const events: string[] = [];
  try {
    parseWithSaxes(xml, {
      open(name, attributes) {
        events.push(
          `open ${name} ${JSON.stringify(ATTRIBUTE_NAMES.map((key) => attributes[key] ?? null))}`
        );
      },
      close(name) {
        events.push(`close ${name}`);
      },
      text(text) {
        events.push(`text ${text}`);
      },
    });
  } catch (error) {
    return { refused: refusal(error) };
  }
  return { events: merged(events) };
}

/** The byte reader, fed the document in pieces cut at `cuts` (see pushInPieces). */
function withBytes(xml: Uint8Array, cuts: number[]): Outcome {
  const events: string[] = [];
  const parser = new ByteXmlParser(
    {
      wantsText: true,
      // Every plain decimal that is the whole of its element comes as a number: its String() must be its text.
      wantsNumber: true,
      number(value: number) {
        events.push(`text ${String(value)}`);
      },
      open(name: string, attributes: Attributes) {
        events.push(
          `open ${name} ${JSON.stringify(ATTRIBUTE_NAMES.map((key) => attributes.get(key) ?? null))}`
        );
      },
      close(name: string) {
        events.push(`close ${name}`);
      },
      text(text: string) {
        events.push(`text ${text}`);
      },
    },
    "part.xml",
    LIMITS
  );
  try {
    pushInPieces(parser, xml, cuts);
  } catch (error) {
    return { refused: refusal(error) };
  }
  return { events: merged(events) };
}

const encoder = new TextEncoder();

const textPiece = fc.constantFrom(
  "Xã Kim Long",
  "6.300",
  " ",
  "a\r\nb",
  "a\rb\n\tc",
  "&amp;",
  "&lt;&gt;&quot;&apos;",
  "&#65;&#x1F600;&#xe9;",
  "Đảng bộ — ",
  "😀",
  "]]",
  "]",
  "<![CDATA[x < y & z]]>",
  "<![CDATA[]]>",
  "<!-- note -->",
  "<?pi some data?>",
  "42",
  "-0",
  "1e3",
  "0.5",
  "-12.25",
  "007",
  "1.50",
  "-0",
  "0",
  "0.0000001",
  "0.000001",
  "123456789012345",
  "1234567890123456",
  "12.",
  ".5",
  "-0.0",
  "93.08",
  "45000.123456789"
);
const attributeValue = fc.constantFrom(
  "A1",
  "XFD1048576",
  "s",
  "inlineStr",
  "1",
  "0",
  "",
  "a&amp;b",
  "&#x41;1",
  "tab\there",
  "line\r\nend",
  "quote &quot;x&quot;",
  "Việt",
  "'single'",
  '"double"'
);

interface Element {
  name: string;
  attributes: Array<[string, string]>;
  children: Array<Element | string>;
}

// Names that share a first byte or run on from another one (`c`, `cc`; `row`, `rows`): the reader guesses a name
// from its first byte and must see when the guess is wrong.
const elementName = fc.constantFrom(
  "c",
  "x:c",
  "v",
  "row",
  "t",
  "is",
  "rPh",
  "f",
  "x:v",
  "a.b",
  "cc",
  "rows"
);
const element: fc.Memo<Element> = fc.memo((depth) =>
  fc.record({
    name: elementName,
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), attributeValue), {
      maxLength: 4,
      selector: ([name]) => name,
    }),
    children:
      depth <= 1
        ? fc.array(textPiece, { maxLength: 3 })
        : fc.array(fc.oneof(textPiece, element(depth - 1)), { maxLength: 4 }),
  })
);

interface Style {
  quote: '"' | "'";
  spaceAroundEquals: boolean;
  selfClose: boolean;
  spaceInTags: boolean;
}

function escapeValue(value: string, quote: string): string {
  // The values above hold no raw <, &-sequences are meant as entities; a quote of the chosen kind is escaped.
  return quote === '"' ? value.replace(/"/g, "&quot;") : value.replace(/'/g, "&apos;");
}

function serialise(node: Element, style: Style): string {
  const eq = style.spaceAroundEquals ? " = " : "=";
  const attributes = node.attributes
    .map(
      ([name, value]) =>
        `${style.spaceInTags ? "\n  " : " "}${name}${eq}${style.quote}${escapeValue(value, style.quote)}${style.quote}`
    )
    .join("");
  const space = style.spaceInTags ? " " : "";
  if (node.children.length === 0 && style.selfClose) return `<${node.name}${attributes}${space}/>`;
  const inside = node.children
    .map((child) => (typeof child === "string" ? child : serialise(child, style)))
    .join("");
  return `<${node.name}${attributes}${space}>${inside}</${node.name}${space}>`;
}

const document = fc.record({
  root: element(3),
  style: fc.record({
    quote: fc.constantFrom<'"' | "'">('"', "'"),
    spaceAroundEquals: fc.boolean(),
    selfClose: fc.boolean(),
    spaceInTags: fc.boolean(),
  }),
  declaration: fc.boolean(),
  bom: fc.boolean(),
  prolog: fc.constantFrom("", "\n", "<!-- c -->", "<?pi x?>\n"),
  epilog: fc.constantFrom("", "\n", "<!-- c -->", " \r\n"),
});

/** The damages the property makes (see damaged in byte-xml-runs.ts). */
const DAMAGE_KINDS = [
  "delete",
  "insert <",
  "insert >",
  "insert &",
  'insert "',
  "insert /",
  "insert ]]>",
  "insert \u0001",
  "insert <!DOCTYPE x>",
  "insert <?xml version='1.0'?>",
  "insert &bogus;",
  "insert &#0;",
  "insert <!-- a -- b -->",
  "insert </x>",
  "insert '",
  "insert =",
  "insert <a",
  "insert &#xD800;",
  "insert &amp",
  "insert \uFFFE",
  "insert \u00A0",
  "insert <![CDATA[",
  "insert ?>",
  "insert -->",
];

type Doc = typeof document extends fc.Arbitrary<infer T> ? T : never;

function build(doc: Doc): string {
  const declaration = doc.declaration
    ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    : "";
  return `${doc.bom ? "\uFEFF" : ""}${declaration}${doc.prolog}${serialise(doc.root, doc.style)}${doc.epilog}`;
}

describe("the byte XML reader against saxes", () => {
  it("reads generated documents, cut anywhere, as saxes does", () => {
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { maxLength: 8 }), (doc, cuts) => {
        const bytes = encoder.encode(build(doc));
        const expected = withSaxes(bytes);
        expect(expected).toHaveProperty("events");
        expect(withBytes(bytes, [])).toEqual(expected);
        expect(withBytes(bytes, cuts)).toEqual(expected);
      }),
      PROPERTY
    );
  });

  it("reads every one-byte cut of a document with entities, CDATA and non-ASCII text as saxes does", () => {
    const xml =
      '\uFEFF<?xml version="1.0"?>\r\n<x:c x:r="A&amp;1" t=\'s\'>Đảng&#x1F600;&lt;<![CDATA[a]]b]]>\r\n<v>]]&gt;</v><!-- - x --><?p q?></x:c>\n';
    const bytes = encoder.encode(xml);
    const expected = withSaxes(bytes);
    expect(expected).toHaveProperty("events");
    for (let cut = 1; cut < bytes.length; cut++)
      expect([cut, withBytes(bytes, [cut])]).toEqual([cut, expected]);
    for (let cut = 1; cut + 2 < bytes.length; cut++)
      expect([cut, withBytes(bytes, [cut, cut + 1, cut + 2])]).toEqual([cut, expected]);
  });

  it("refuses damaged documents for the same reason as saxes, and reads the ones saxes reads alike", () => {
    const refused = assertDamagedAlike(document, DAMAGE_KINDS, build, withSaxes, withBytes);
    // The damage must reach the refusals, not only harmless spots.
    expect(refused).toBeGreaterThan(RUNS / 4);
  });

  it("refuses a DOCTYPE as unsafe and nesting beyond the limit as too large", () => {
    const doctype = encoder.encode('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
    expect(withBytes(doctype, [5])).toEqual({ refused: "unsafe" });
    expect(withSaxes(doctype)).toEqual({ refused: "unsafe" });
    const deep = encoder.encode(
      `${"<a>".repeat(LIMITS.maxDepth + 1)}${"</a>".repeat(LIMITS.maxDepth + 1)}`
    );
    expect(withBytes(deep, [7])).toEqual({ refused: "too-large" });
    expect(withSaxes(deep)).toEqual({ refused: "too-large" });
  });
});
