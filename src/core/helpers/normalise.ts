/**
 * Text comparison as the spec defines it. Headers and sheet names are compared
 * loosely (diacritics removed); codes and names are compared as keys (diacritics
 * kept, because `Đông` and `Đồng` may be different places).
 */

/** Any value as text, never throwing (a host object with a broken toString reads as empty). */
export function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  try {
    return String(value);
  } catch {
    return "";
  }
}

// \s already covers NBSP, U+2000–U+200A, U+202F, U+205F, U+3000 and U+FEFF; the
// zero-width space is added because copy-paste from web pages brings it in.
const SPACES = /[\s\u200B]+/g;

/**
 * True for characters that are their own NFC form and stay so when
 * lower-cased: printable ASCII and the precomposed Latin letters Vietnamese
 * uses (Latin-1, Latin Extended-A, Ơ ơ Ư ư, and U+1EA0–U+1EF9).
 */
function isStableLetter(code: number): boolean {
  return (
    (code >= 33 && code <= 126) ||
    (code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1a0 && code <= 0x1b0) ||
    (code >= 0x1ea0 && code <= 0x1ef9)
  );
}

/**
 * True for text that NFC, trimming and collapsing cannot change: the common
 * case, checked without regexes or normalize() so that long columns of codes
 * and names stay fast.
 */
function isSimple(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previous === 32) return false;
    } else if (!isStableLetter(code)) {
      return false;
    }
    previous = code;
  }
  return true;
}

/**
 * True for text a cell shows exactly as the key form expects it (isSimple)
 * and that holds no `#` (so no Excel error literal): such a value is used as
 * it is, checked in a single pass.
 */
export function isPlainText(text: string): boolean {
  const length = text.length;
  if (length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previous === 32) return false;
    } else if (code === 35 /* # */ || !isStableLetter(code)) {
      return false;
    }
    previous = code;
  }
  return true;
}

/** NFC, white space trimmed and collapsed (non-breaking spaces too), case-folded; diacritics kept. */
export function normaliseKey(text: string): string {
  if (typeof text !== "string") text = toText(text);
  if (isSimple(text)) return text.toLowerCase();
  return text.normalize("NFC").replace(SPACES, " ").trim().toLowerCase().normalize("NFC");
}

const foldedChars = new Map<number, string>();

function foldChar(code: number): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    if (code === 0x111) folded = "d";
    else if (code === 0x110) folded = "D";
    else if (code >= 0xd800 && code <= 0xdfff) folded = String.fromCharCode(code);
    else folded = String.fromCharCode(code).normalize("NFD").replace(/\p{M}/gu, "");
    foldedChars.set(code, folded);
  }
  return folded;
}

/** Folded code per code unit below 0x2000 (which covers Vietnamese): 0xffff not yet known, 0xfffe removed, 0xfffd more than one unit. */
const FOLD_TABLE_SIZE = 0x2000;
const foldTable = new Uint16Array(FOLD_TABLE_SIZE).fill(0xffff);

function foldCode(code: number): number {
  let folded = foldTable[code];
  if (folded === 0xffff) {
    const text = foldChar(code);
    folded = text.length === 0 ? 0xfffe : text.length === 1 ? text.charCodeAt(0) : 0xfffd;
    foldTable[code] = folded;
  }
  return folded;
}

/** Longest text folded through the char-code buffer; longer text is folded by concatenation. */
const BUFFER_LENGTH = 256;
const buffer = new Uint16Array(BUFFER_LENGTH * 4);

/**
 * Removes Vietnamese (and other) diacritics, đ/Đ becoming d/D. Works one code
 * unit at a time through a table, so NFC and NFD input fold alike and long
 * columns of names fold without a normalize() call per name. Builds a flat
 * string (not a rope of concatenations), since folded names are map keys.
 */
export function foldDiacritics(text: string): string {
  if (typeof text !== "string") text = toText(text);
  const length = text.length;
  let i = 0;
  while (i < length && text.charCodeAt(i) < 128) i++;
  if (i === length) return text;
  if (length > BUFFER_LENGTH) {
    let out = "";
    for (let j = 0; j < length; j++) {
      const code = text.charCodeAt(j);
      out += code < 128 ? text[j] : foldChar(code);
    }
    return out;
  }
  let size = 0;
  for (let j = 0; j < length; j++) {
    const code = text.charCodeAt(j);
    if (code < 128) {
      buffer[size++] = code;
      continue;
    }
    const folded = code < FOLD_TABLE_SIZE ? foldCode(code) : 0xfffd;
    if (folded === 0xfffe) continue;
    if (folded !== 0xfffd) {
      buffer[size++] = folded;
      continue;
    }
    const many = foldChar(code);
    for (let k = 0; k < many.length; k++) buffer[size++] = many.charCodeAt(k);
  }
  return String.fromCharCode.apply(null, buffer.subarray(0, size) as unknown as number[]);
}

/** A sheet name or header as compared: the key form, then diacritics removed (đ counts as d). */
export function normaliseHeader(text: string): string {
  return foldDiacritics(normaliseKey(text));
}

/** NFC and trimmed (non-breaking spaces too), inner spaces kept: how a typed value is shown back to the user. */
export function displayText(text: string): string {
  if (typeof text !== "string") text = toText(text);
  if (isSimple(text)) return text;
  return text.normalize("NFC").replace(/^[\s\u200B]+|[\s\u200B]+$/g, "");
}

/** Empty or nothing but white space. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code > 32 &&
      code !== 0xa0 &&
      code !== 0x200b &&
      code !== 0xfeff &&
      !(code >= 0x2000 && code <= 0x200a) &&
      code !== 0x202f &&
      code !== 0x205f &&
      code !== 0x3000 &&
      code !== 0x1680 &&
      code !== 0x2028 &&
      code !== 0x2029 &&
      code !== 0x85
    )
      return false;
  }
  return true;
}

/** FNV-1a over UTF-16 code units, kept to 30 bits so that map keys stay small integers. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash & 0x3fffffff;
}

const LOWER_FOLD_UNKNOWN = 0xffff;
const LOWER_FOLD_OTHER = 0xfffd;
const lowerFoldTable = new Uint16Array(FOLD_TABLE_SIZE).fill(LOWER_FOLD_UNKNOWN);

/** The one code unit a stable letter becomes once lower-cased and folded (`Ế` → `e`), or LOWER_FOLD_OTHER. */
function lowerFoldCode(code: number): number {
  let folded = lowerFoldTable[code];
  if (folded === LOWER_FOLD_UNKNOWN) {
    const text = foldDiacritics(String.fromCharCode(code).toLowerCase());
    folded = text.length === 1 ? text.charCodeAt(0) : LOWER_FOLD_OTHER;
    lowerFoldTable[code] = folded;
  }
  return folded;
}

/**
 * hashText(normaliseHeader(text)), computed without building the folded
 * string for the usual name (precomposed letters, single spaces): names are
 * grouped by this hash to find those that differ only in diacritics, and only
 * a repeated hash costs a string.
 */
export function foldedHash(text: string): number {
  if (typeof text !== "string") text = toText(text);
  const length = text.length;
  let hash = 0x811c9dc5 | 0;
  let previous = 32;
  for (let i = 0; i < length; i++) {
    const raw = text.charCodeAt(i);
    let code = raw;
    if (raw === 32) {
      if (previous === 32) return hashText(normaliseHeader(text));
    } else if (raw < 128) {
      if (raw < 33 || raw > 126) return hashText(normaliseHeader(text));
      if (raw >= 65 && raw <= 90) code = raw | 0x20;
    } else {
      if (!isStableLetter(raw)) return hashText(normaliseHeader(text));
      code = lowerFoldCode(raw);
      if (code === LOWER_FOLD_OTHER) return hashText(normaliseHeader(text));
    }
    hash = Math.imul(hash ^ code, 16777619);
    previous = raw;
  }
  if (previous === 32 && length > 0) return hashText(normaliseHeader(text));
  return hash & 0x3fffffff;
}

const lowerTable = new Uint16Array(FOLD_TABLE_SIZE).fill(LOWER_FOLD_UNKNOWN);

/** The one code unit a stable letter lower-cases to, or LOWER_FOLD_OTHER. */
function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 0x20 : code;
  let lower = lowerTable[code];
  if (lower === LOWER_FOLD_UNKNOWN) {
    const text = String.fromCharCode(code).toLowerCase();
    lower = text.length === 1 ? text.charCodeAt(0) : LOWER_FOLD_OTHER;
    lowerTable[code] = lower;
  }
  return lower;
}

/**
 * hashText(normaliseKey(text)) without building the key for the usual code or
 * name: one pass that lower-cases as it hashes, falling back to the key when
 * the text is not simple (odd spaces, decomposed letters, other scripts).
 */
export function keyHash(text: string): number {
  if (typeof text !== "string") return hashText(normaliseKey(text));
  const length = text.length;
  let hash = 0x811c9dc5 | 0;
  let previous = 32;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let lower = code;
    if (code === 32) {
      if (previous === 32) return hashText(normaliseKey(text));
    } else if (code < 128) {
      if (code < 33 || code > 126) return hashText(normaliseKey(text));
      if (code >= 65 && code <= 90) lower = code | 0x20;
    } else {
      if (!isStableLetter(code)) return hashText(normaliseKey(text));
      lower = lowerCode(code);
      if (lower === LOWER_FOLD_OTHER) return hashText(normaliseKey(text));
    }
    hash = Math.imul(hash ^ lower, 16777619);
    previous = code;
  }
  if (previous === 32 && length > 0) return hashText(normaliseKey(text));
  return hash & 0x3fffffff;
}

/** A code unit no plain text holds: white space but a single space, `#`, a letter NFC or lower-casing changes. */
const NOT_PLAIN = 0;
/**
 * What plainTextHash hashes for each code unit below FOLD_TABLE_SIZE (every stable letter is): lower-cased
 * (plainKeyCodes) or lower-cased and folded (plainFoldCodes); NOT_PLAIN; LOWER_FOLD_OTHER for a plain letter that
 * does not become one code unit; LOWER_FOLD_UNKNOWN until first met. One table load per character, where the
 * checks took a dozen comparisons: 100,000 codes and names are hashed as a units sheet is read.
 */
const plainKeyCodes = new Uint16Array(FOLD_TABLE_SIZE).fill(LOWER_FOLD_UNKNOWN);
const plainFoldCodes = new Uint16Array(FOLD_TABLE_SIZE).fill(LOWER_FOLD_UNKNOWN);

function plainCode(code: number, folded: boolean): number {
  if (code === 32) return 32;
  if (code === 35 /* # */ || !isStableLetter(code)) return NOT_PLAIN;
  if (code < 128) return code >= 65 && code <= 90 ? code | 0x20 : code;
  return folded ? lowerFoldCode(code) : lowerCode(code);
}

/**
 * keyHash(text) (`folded`: foldedHash(text)) when isPlainText(text), else -1: the plainness check a text cell's
 * common case needs and the hash the rules group it by, in one pass over the text.
 */
export function plainTextHash(text: string, folded: boolean): number {
  const length = text.length;
  if (length === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32) return -1;
  const codes = folded ? plainFoldCodes : plainKeyCodes;
  let hash = 0x811c9dc5 | 0;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FOLD_TABLE_SIZE) return -1;
    let lower = codes[code];
    if (lower === LOWER_FOLD_UNKNOWN) {
      lower = plainCode(code, folded);
      codes[code] = lower;
    }
    if (lower === NOT_PLAIN || (code === 32 && previous === 32)) return -1;
    // Plain, but a letter that does not fold to one code unit: the hash's own slow path.
    if (lower === LOWER_FOLD_OTHER) return plainRest(text, i + 1, folded);
    hash = Math.imul(hash ^ lower, 16777619);
    previous = code;
  }
  return hash & 0x3fffffff;
}

/** plainTextHash's end for a text whose hash takes the slow path: the rest checked plain, then hashed apart. */
function plainRest(text: string, from: number, folded: boolean): number {
  let previous = text.charCodeAt(from - 1);
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previous === 32) return -1;
    } else if (code === 35 || !isStableLetter(code)) {
      return -1;
    }
    previous = code;
  }
  return folded ? foldedHash(text) : keyHash(text);
}

/** normaliseKey(text) === key, in one pass without building the key for the usual code or name. */
export function isKeyOf(text: string, key: string): boolean {
  if (typeof text !== "string") return normaliseKey(text) === key;
  const length = text.length;
  // A simple text's key has its length; a mismatch is only final once the whole text proved simple.
  let equal = length === key.length;
  let previous = 32;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let lower = code;
    if (code === 32) {
      if (previous === 32) return normaliseKey(text) === key;
    } else if (code < 128) {
      if (code < 33 || code > 126) return normaliseKey(text) === key;
      if (code >= 65 && code <= 90) lower = code | 0x20;
    } else {
      if (!isStableLetter(code)) return normaliseKey(text) === key;
      lower = lowerCode(code);
      if (lower === LOWER_FOLD_OTHER) return normaliseKey(text) === key;
    }
    if (equal && lower !== key.charCodeAt(i)) equal = false;
    previous = code;
  }
  if (previous === 32 && length > 0) return normaliseKey(text) === key;
  return equal;
}
