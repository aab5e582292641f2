import {
  detectEncoding,
  encodingOfFont,
  fromTcvn3,
  fromVni,
  isUnicodeVietnamese,
  mayBeLegacy,
  toUnicode,
  TCVN3_LEGACY,
  TCVN3_UNICODE,
} from "./legacy-encoding";

/** TCVN3 (VN3) as published: the byte of each Vietnamese letter (lower case, then the 7 capitals the font set has). */
const TCVN3_BYTES: Record<string, number> = {
  à: 0xb5,
  á: 0xb8,
  ả: 0xb6,
  ã: 0xb7,
  ạ: 0xb9,
  ă: 0xa8,
  ằ: 0xbb,
  ắ: 0xbe,
  ẳ: 0xbc,
  ẵ: 0xbd,
  ặ: 0xc6,
  â: 0xa9,
  ầ: 0xc7,
  ấ: 0xca,
  ẩ: 0xc8,
  ẫ: 0xc9,
  ậ: 0xcb,
  đ: 0xae,
  è: 0xcc,
  é: 0xd0,
  ẻ: 0xce,
  ẽ: 0xcf,
  ẹ: 0xd1,
  ê: 0xaa,
  ề: 0xd2,
  ế: 0xd5,
  ể: 0xd3,
  ễ: 0xd4,
  ệ: 0xd6,
  ì: 0xd7,
  í: 0xdd,
  ỉ: 0xd8,
  ĩ: 0xdc,
  ị: 0xde,
  ò: 0xdf,
  ó: 0xe3,
  ỏ: 0xe1,
  õ: 0xe2,
  ọ: 0xe4,
  ô: 0xab,
  ồ: 0xe5,
  ố: 0xe8,
  ổ: 0xe6,
  ỗ: 0xe7,
  ộ: 0xe9,
  ơ: 0xac,
  ờ: 0xea,
  ớ: 0xed,
  ở: 0xeb,
  ỡ: 0xec,
  ợ: 0xee,
  ù: 0xef,
  ú: 0xf3,
  ủ: 0xf1,
  ũ: 0xf2,
  ụ: 0xf4,
  ư: 0xad,
  ừ: 0xf5,
  ứ: 0xf8,
  ử: 0xf6,
  ữ: 0xf7,
  ự: 0xf9,
  ỳ: 0xfa,
  ý: 0xfd,
  ỷ: 0xfb,
  ỹ: 0xfc,
  ỵ: 0xfe,
  Ă: 0xa1,
  Â: 0xa2,
  Đ: 0xa7,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
};

describe("TCVN3 (ABC)", () => {
  test("the table has every letter once", () => {
    expect(TCVN3_LEGACY).toHaveLength(TCVN3_UNICODE.length);
    expect(new Set(TCVN3_LEGACY).size).toBe(TCVN3_LEGACY.length);
    expect([...TCVN3_UNICODE].sort()).toEqual(Object.keys(TCVN3_BYTES).sort());
  });

  test.each(Object.entries(TCVN3_BYTES))("%s is byte %i", (letter, byte) => {
    // In a workbook the byte is stored as the Latin-1 character of the same number.
    expect(fromTcvn3(`x${String.fromCharCode(byte)}y`)).toBe(`x${letter}y`);
  });

  test("words and capitals fonts", () => {
    expect(fromTcvn3("Sè ®¶ng viªn")).toBe("Số đảng viên");
    expect(fromTcvn3("B¶o Th¾ng")).toBe("Bảo Thắng");
    expect(fromTcvn3("M\u00adêng Kh\u00ad¬ng")).toBe("Mường Khương");
    expect(fromTcvn3("§¶ng bé x· Kim Long")).toBe("Đảng bộ xã Kim Long");
    // .VnTimeH draws lower-case codes as capitals: convert, then upper-case.
    expect(fromTcvn3("sè ®¶ng viªn", true)).toBe("SỐ ĐẢNG VIÊN");
    expect(toUnicode("tr\u00adëng th«n", ".VnTimeH")).toBe("TRƯỞNG THÔN");
  });
});

/** VNI as published: a letter's spelling from its base letter and marks (independent of the module's table). */
function vniSpelling(letter: string): string {
  const upper = letter !== letter.toLowerCase();
  const lower = letter.toLowerCase();
  const parts = lower.normalize("NFD");
  const base = parts[0];
  const marks = parts.slice(1);
  const tone = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"].findIndex((mark) =>
    marks.includes(mark)
  );
  const hasCirc = marks.includes("\u0302");
  const hasBreve = marks.includes("\u0306");
  const hasHorn = marks.includes("\u031b");
  const cased = (text: string) => (upper ? text.toUpperCase() : text);
  if (lower === "đ") return cased("ñ");
  if (base === "i") return cased(["í", "ì", "æ", "ó", "ò"][tone] ?? "i");
  if (base === "y" && tone === 4) return cased("î");
  const plainTones = ["ù", "ø", "û", "õ", "ï"];
  if (hasBreve) return cased("a" + ["ê", "é", "è", "ú", "ü", "ë"][tone + 1]);
  if (hasCirc) return cased(base + ["â", "á", "à", "å", "ã", "ä"][tone + 1]);
  const vniBase = hasHorn ? (base === "o" ? "ô" : "ö") : base;
  return cased(vniBase + (tone >= 0 ? plainTones[tone] : ""));
}

const VIETNAMESE_LETTERS = [
  ...new Set([...TCVN3_UNICODE, ..."áàảãạíìỉĩịúùủũụýỳỷỹỵóòỏõọéèẻẽẹ"]),
].flatMap((letter) => [letter, letter.toUpperCase()]);

describe("VNI", () => {
  test.each(VIETNAMESE_LETTERS)("%s", (letter) => {
    const spelling = vniSpelling(letter);
    expect(fromVni(`t${spelling}n`)).toBe(`t${letter}n`.normalize("NFC"));
  });

  test("words", () => {
    expect(fromVni("Xin chaøo caùc baïn")).toBe("Xin chào các bạn");
    expect(fromVni("Soá ñaûng vieân")).toBe("Số đảng viên");
    expect(fromVni("Tröôûng thoân, toå daân phoá")).toBe("Trưởng thôn, tổ dân phố");
    expect(fromVni("ÑAÛNG BOÄ XAÕ")).toBe("ĐẢNG BỘ XÃ");
  });
});

describe("detection", () => {
  test.each([
    [".VnTime", "tcvn3"],
    [".VnArial", "tcvn3"],
    [".VnTimeH", "tcvn3-capitals"],
    [".VnArialH", "tcvn3-capitals"],
    ["VNI-Times", "vni"],
    ["VNI-Helve", "vni"],
    ["Times New Roman", null],
    [undefined, null],
  ])("font %s is %s", (font, encoding) => expect(encodingOfFont(font)).toBe(encoding));

  test.each([
    ["Sè ®¶ng viªn", "tcvn3"],
    ["Tæ chøc c¬ së ®¶ng", "tcvn3"],
    ["Soá ñaûng vieân", "vni"],
    ["Toå chöùc cô sôû ñaûng", "vni"],
    ["Số đảng viên", null],
    ["Xã Kim Long", null],
    ["Hoà Bình", null],
    ["X01", null],
  ])("%s is %s", (text, encoding) => expect(detectEncoding(text)).toBe(encoding));

  test("Unicode text in a legacy font is left alone", () => {
    expect(toUnicode("Số đảng viên", ".VnTime")).toBe("Số đảng viên");
  });
});

describe("the one-pass letter scans", () => {
  // The scans' definition as it was written before they became loops over code units (and as the spec lists it).
  const UNICODE_ONLY =
    // eslint-disable-next-line no-misleading-character-class
    /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0323]/;
  const LATIN1_LETTER = /[\u00a1-\u00ff]/;
  const mayBeLegacyByRegex = (text: string) => LATIN1_LETTER.test(text) && !UNICODE_ONLY.test(text);

  it("agree with the regex definition on every UTF-16 code unit, alone and after a Latin-1 letter", () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `a${ch}b`, `ê${ch}`, `${ch}ñ`])
        if (
          mayBeLegacy(text) !== mayBeLegacyByRegex(text) ||
          isUnicodeVietnamese(text) !== UNICODE_ONLY.test(text)
        )
          disagreements.push(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
    }
    expect(disagreements).toEqual([]);
  });

  it("agree with the regex definition on random mixes of ASCII, Latin-1 and Vietnamese letters", () => {
    const alphabet = "aA d1 #ñêµ¸Õ\u00adăđơưẠỹ\u0300\u0323\u0324\u1ef9\u1efa\u00a0\u00ff\u0100";
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const disagreements: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let text = "";
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      if (
        mayBeLegacy(text) !== mayBeLegacyByRegex(text) ||
        isUnicodeVietnamese(text) !== UNICODE_ONLY.test(text)
      )
        disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });
});
