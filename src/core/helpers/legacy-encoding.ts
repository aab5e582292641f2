/**
 * Vietnamese text typed in a legacy encoding (spec: "Reading a sheet", legacy
 * encodings): TCVN3 (ABC, fonts `.VnTime`, `.VnArial` …; the capital fonts
 * `.VnTimeH` … draw lower-case codes as capitals) and VNI (fonts `VNI-Times` …).
 * In a workbook such text is stored as the Windows Latin-1 characters of its
 * bytes (`Sè ®¶ng viªn`, `Soá ñaûng vieân`); it is converted to Unicode (NFC)
 * before anything is read. The tables are data, tested character by character.
 */

/** TCVN3 (TCVN 5712:1993, VN3): the 67 lower-case letters and 7 capitals it has, as Unicode ← its character. */
export const TCVN3_UNICODE =
  "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
export const TCVN3_LEGACY =
  "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦";

/**
 * VNI (VNI Windows): a base letter followed by a mark character, or one character alone.
 * Marks: ù acute, ø grave, û hook, õ tilde, ï dot; after a: ê breve, é è ú ü ë breve + tone;
 * after a, e, o: â circumflex, á à å ã ä circumflex + tone. Capitals take the capital marks.
 */
const VNI_TONES = ["ù", "ø", "û", "õ", "ï"];
const UNICODE_TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const VNI_BREVE = ["ê", "é", "è", "ú", "ü", "ë"];
const VNI_CIRCUMFLEX = ["â", "á", "à", "å", "ã", "ä"];

/** VNI sequences (two characters) and single characters → Unicode (NFC). */
export const VNI_TABLE: ReadonlyArray<readonly [string, string]> = buildVniTable();

function buildVniTable(): Array<[string, string]> {
  const table: Array<[string, string]> = [];
  const compose = (text: string) => text.normalize("NFC");
  for (const upper of [false, true]) {
    const cased = (text: string) => (upper ? text.toUpperCase() : text);
    // Plain vowels with a tone; ơ and ư are written ô and ö in VNI.
    for (const [vni, base] of [
      ["a", "a"],
      ["e", "e"],
      ["o", "o"],
      ["u", "u"],
      ["y", "y"],
      ["ô", "ơ"],
      ["ö", "ư"],
    ] as const) {
      VNI_TONES.forEach((tone, i) => {
        if (vni === "y" && i === 4) return; // ỵ is î alone
        table.push([cased(vni) + cased(tone), compose(cased(base) + UNICODE_TONES[i])]);
      });
    }
    // ă and its tones (a + breve marks).
    VNI_BREVE.forEach((mark, i) =>
      table.push([
        cased("a") + cased(mark),
        compose(cased("ă") + (i === 0 ? "" : UNICODE_TONES[i - 1])),
      ])
    );
    // â ê ô and their tones (circumflex marks).
    for (const base of ["a", "e", "o"]) {
      const circ = { a: "â", e: "ê", o: "ô" }[base]!;
      VNI_CIRCUMFLEX.forEach((mark, i) =>
        table.push([
          cased(base) + cased(mark),
          compose(cased(circ) + (i === 0 ? "" : UNICODE_TONES[i - 1])),
        ])
      );
    }
    // Single characters: đ, ơ, ư, and i's tones (í ì stay), ỵ.
    for (const [vni, unicode] of [
      ["ñ", "đ"],
      ["ô", "ơ"],
      ["ö", "ư"],
      ["æ", "ỉ"],
      ["ó", "ĩ"],
      ["ò", "ị"],
      ["î", "ỵ"],
      ["í", "í"],
      ["ì", "ì"],
    ] as const) {
      table.push([cased(vni), cased(unicode)]);
    }
  }
  return table;
}

const tcvn3Map = new Map<string, string>();
for (let i = 0; i < TCVN3_LEGACY.length; i++) tcvn3Map.set(TCVN3_LEGACY[i], TCVN3_UNICODE[i]);

const vniPairs = new Map<string, string>();
const vniSingles = new Map<string, string>();
for (const [vni, unicode] of VNI_TABLE)
  (vni.length === 2 ? vniPairs : vniSingles).set(vni, unicode);

/** TCVN3 text to Unicode (NFC); `capitals` for the capital fonts (.VnTimeH): converted, then upper-cased. */
export function fromTcvn3(text: string, capitals = false): string {
  let out = "";
  for (const ch of text) out += tcvn3Map.get(ch) ?? ch;
  out = out.normalize("NFC");
  return capitals ? out.toUpperCase() : out;
}

/** VNI text to Unicode (NFC). */
export function fromVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = i + 1 < text.length ? vniPairs.get(text[i] + text[i + 1]) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += vniSingles.get(text[i]) ?? text[i];
  }
  return out.normalize("NFC");
}

export type LegacyEncoding = "tcvn3" | "tcvn3-capitals" | "vni";

/** The encoding a font name says: `.VnTime` TCVN3, `.VnTimeH` its capitals, `VNI-Times` VNI; null for any other. */
export function encodingOfFont(font: unknown): LegacyEncoding | null {
  if (typeof font !== "string") return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return /H$/.test(name) ? "tcvn3-capitals" : "tcvn3";
  if (/^vni[- ]/i.test(name)) return "vni";
  return null;
}

/**
 * Characters Unicode Vietnamese has and neither legacy encoding produces: text holding one is Unicode already.
 * Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư, U+1EA0–U+1EF9 and the combining marks U+0300–U+0323. A test checks every code unit.
 */
function isUnicodeOnly(code: number): boolean {
  if (code < 0x102) return false;
  if (code <= 0x1b0)
    return (
      code === 0x102 ||
      code === 0x103 ||
      code === 0x110 ||
      code === 0x111 ||
      code === 0x128 ||
      code === 0x129 ||
      code === 0x168 ||
      code === 0x169 ||
      code === 0x1a0 ||
      code === 0x1a1 ||
      code === 0x1af ||
      code === 0x1b0
    );
  return (code >= 0x300 && code <= 0x323) || (code >= 0x1ea0 && code <= 0x1ef9);
}

// Lower-case letters TCVN3 writes as characters Vietnamese Unicode never has (strong evidence).
const TCVN3_STRONG = /[µ¸¶·¹¨»¾¼½©®ª×Þß«¬\u00ad¡¢§£¤¥¦ç÷þ]/g;
// A TCVN3 letter that Latin-1 shows as a capital, right after a lower-case letter (`KÕt`, `SÏ`).
const TCVN3_INNER_CAPITAL = /[a-z][ÊÕÔÝÒÓÈÉÏÐÇÌÎÆËÖØÜÑ]/g;
// A VNI vowel followed by a mark that Vietnamese Unicode never puts after a vowel (strong evidence).
const VNI_PAIR = /[aeiouyAEIOUYôöÔÖ][ùøûõïüëåäÙØÛÕÏÜËÅÄ]|[aA][êéèúÊÉÈÚ]|[eoEO][âÂ]/g;
// Characters both legacy encodings write and Unicode Vietnamese never has (weak: which one is unclear).
const LEGACY_WEAK = /[ñÑæÆøØïÏüÜëËåÅäÄûÛîÎöÖ]/;

export interface LegacyEvidence {
  /** Strong signs of TCVN3 and of VNI in the text. */
  readonly tcvn3: number;
  readonly vni: number;
  /** True when the text shows a legacy encoding at all (weak signs included). */
  readonly legacy: boolean;
}

const NO_EVIDENCE: LegacyEvidence = { tcvn3: 0, vni: 0, legacy: false };

/** What a text's own characters say about a legacy encoding (no font known). */
export function legacyEvidence(text: string): LegacyEvidence {
  if (!mayBeLegacy(text)) return NO_EVIDENCE;
  const tcvn3 = countMatches(text, TCVN3_STRONG) + countMatches(text, TCVN3_INNER_CAPITAL);
  const vni = countMatches(text, VNI_PAIR);
  return { tcvn3, vni, legacy: tcvn3 > 0 || vni > 0 || LEGACY_WEAK.test(text) };
}

/** The legacy encoding a text is in, judged from its characters alone; null when they do not tell. */
export function detectEncoding(text: string): LegacyEncoding | null {
  const { tcvn3, vni } = legacyEvidence(text);
  if (tcvn3 > vni) return "tcvn3";
  if (vni > tcvn3) return "vni";
  return null;
}

/**
 * True when the text holds a letter outside ASCII and none that only Unicode has (a legacy text may be such).
 * Every text cell of a workbook is asked, so this is one pass over its code units, without a regex.
 */
export function mayBeLegacy(text: string): boolean {
  let latin1 = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1) continue;
    // Legacy text is stored as the Latin-1 characters (U+00A1–U+00FF) of its bytes.
    if (code <= 0xff) latin1 = true;
    else if (isUnicodeOnly(code)) return false;
  }
  return latin1;
}

/** True when the text holds a Vietnamese letter only Unicode has. */
export function isUnicodeVietnamese(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUnicodeOnly(text.charCodeAt(i))) return true;
  return false;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Converts text in the given encoding to Unicode. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case "tcvn3":
      return fromTcvn3(text);
    case "tcvn3-capitals":
      return fromTcvn3(text, true);
    case "vni":
      return fromVni(text);
  }
}

/**
 * A text as Unicode: converted when its font names a legacy encoding, or when its characters show one.
 * Text that already holds a Unicode-only Vietnamese letter is left as it is, whatever its font.
 */
export function toUnicode(text: string, font?: unknown): string {
  if (text.length === 0 || isUnicodeVietnamese(text)) return text;
  const encoding = encodingOfFont(font) ?? detectEncoding(text);
  return encoding === null ? text : convertLegacy(text, encoding);
}
