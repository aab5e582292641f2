import fc from "fast-check";
import {
  displayText,
  foldDiacritics,
  foldedHash,
  hashText,
  isBlankText,
  isKeyOf,
  isPlainText,
  keyHash,
  normaliseHeader,
  normaliseKey,
  plainTextHash,
} from "./normalise";

/** Characters that test the hashes' paths: ASCII, precomposed and combining Vietnamese, spaces, letters that fold to more than one unit, a surrogate pair, a tab, '#'. */
const NAME_CHARACTERS = fc.constantFrom(
  "a",
  "B",
  " ",
  "đ",
  "Đ",
  "ế",
  "Ố",
  "\u0301",
  "\u00a0",
  "#",
  "ß",
  "İ",
  "Ω",
  "\u2126",
  "ﬃ",
  "😀",
  "\t",
  "1"
);

const NFC = "Số đảng viên".normalize("NFC");
const NFD = "Số đảng viên".normalize("NFD");

describe("normaliseHeader", () => {
  it("matches a header typed with or without diacritics, in any case, NFC or NFD", () => {
    expect(normaliseHeader(NFC)).toBe("so dang vien");
    expect(normaliseHeader("SO DANG VIEN")).toBe("so dang vien");
    expect(normaliseHeader(NFD)).toBe("so dang vien");
    expect(NFD).not.toBe(NFC);
  });

  it("trims non-breaking and other Unicode spaces and collapses inner white space", () => {
    expect(normaliseHeader("\u00a0 Số\u2003\u00a0 đảng   viên\t\n\u3000")).toBe("so dang vien");
    expect(normaliseHeader("Tỷ lệ\u202f(%)")).toBe("ty le (%)");
  });

  it("reads đ and Đ as d", () => {
    expect(normaliseHeader("ĐẢNG BỘ")).toBe("dang bo");
    expect(normaliseHeader("Đã kết nạp")).toBe("da ket nap");
  });

  it("leaves plain ASCII text lower-cased only", () => {
    expect(normaliseHeader("Party members")).toBe("party members");
    expect(normaliseHeader("members_now")).toBe("members_now");
  });
});

describe("normaliseKey", () => {
  it("treats an NFD-typed name and a spaced lower-case one as the same key", () => {
    expect(normaliseKey("Xã Kim Long".normalize("NFD"))).toBe(normaliseKey("xã  kim long "));
  });

  it("keeps diacritics, so Đông and Đồng stay different keys", () => {
    expect(normaliseKey("Đông")).not.toBe(normaliseKey("Đồng"));
    expect(normaliseKey("ĐÔNG")).toBe(normaliseKey("đông"));
  });

  it("trims NBSP around a code", () => {
    expect(normaliseKey("\u00a0X01\u00a0")).toBe("x01");
  });
});

describe("foldDiacritics", () => {
  it("folds NFC and NFD text alike", () => {
    expect(foldDiacritics("đồng")).toBe("dong");
    expect(foldDiacritics("đồng".normalize("NFD"))).toBe("dong");
    expect(foldDiacritics("Hợp Hòa")).toBe("Hop Hoa");
  });
});

describe("displayText and isBlankText", () => {
  it("shows a typed value NFC and trimmed, inner spaces kept", () => {
    expect(displayText("\u00a0Xã  Kim Long ".normalize("NFD"))).toBe(
      "Xã  Kim Long".normalize("NFC")
    );
  });

  it("counts white space of any kind as blank", () => {
    expect(isBlankText(" \u00a0\u2009\u3000")).toBe(true);
    expect(isBlankText(" a ")).toBe(false);
  });
});

describe("foldedHash", () => {
  it("equals the hash of the normalised header, for Vietnamese names in every spelling", () => {
    for (const name of [
      "Đảng bộ xã Kim Long",
      "ĐẢNG BỘ XÃ KIM LONG",
      "Đảng bộ xã Kim Long".normalize("NFD"),
      " Xã  Đồng Tĩnh\u00a0",
      "Chi bộ Trường THPT",
      "",
      "Straße",
      "İstanbul",
      "東京",
    ]) {
      expect(foldedHash(name)).toBe(hashText(normaliseHeader(name)));
    }
    expect(foldedHash("Xã Đông")).toBe(foldedHash("XA DONG"));
  });

  it("equals the hash of the normalised header for any text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: NAME_CHARACTERS,
        }),
        (text) => {
          expect(foldedHash(text)).toBe(hashText(normaliseHeader(text)));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("keyHash and isKeyOf", () => {
  const unit = NAME_CHARACTERS;

  it("agree with normaliseKey for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit }), (text, other) => {
        expect(keyHash(text)).toBe(hashText(normaliseKey(text)));
        expect(isKeyOf(text, normaliseKey(text))).toBe(true);
        expect(isKeyOf(text, normaliseKey(other))).toBe(normaliseKey(text) === normaliseKey(other));
      }),
      { numRuns: 300 }
    );
  });

  it("match a code in any case and spacing, and only that code", () => {
    expect(isKeyOf(" x01\u00a0", "x01")).toBe(true);
    expect(isKeyOf("ĐB01", "đb01")).toBe(true);
    expect(isKeyOf("DB01", "đb01")).toBe(false);
  });
});

describe("isPlainText", () => {
  it("accepts text shown as it is and refuses what needs normalising or may be an error literal", () => {
    expect(isPlainText("Đảng bộ xã Kim Long")).toBe(true);
    expect(isPlainText("X01")).toBe(true);
    for (const text of [
      "",
      " X01",
      "X01 ",
      "Xã  Kim",
      "Xã Kim Long".normalize("NFD"),
      "#N/A",
      "a\u00a0b",
      "a\tb",
    ])
      expect(isPlainText(text)).toBe(false);
  });

  it("is only true where displayText leaves the text alone", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "B", " ", "đ", "ế", "\u0301", "\u00a0", "#", "1") }),
        (text) => {
          if (isPlainText(text)) expect(displayText(text)).toBe(text);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("plainTextHash", () => {
  it("is keyHash or foldedHash for plain text and -1 for any other, whatever the characters", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: NAME_CHARACTERS,
        }),
        (text) => {
          const plain = isPlainText(text);
          expect(plainTextHash(text, false)).toBe(plain ? keyHash(text) : -1);
          expect(plainTextHash(text, true)).toBe(plain ? foldedHash(text) : -1);
        }
      ),
      { numRuns: 500 }
    );
    expect(plainTextHash("Đảng bộ İnan  x", false)).toBe(-1);
    expect(plainTextHash("Đảng bộ İnan", true)).toBe(foldedHash("Đảng bộ İnan"));
  });

  it("agrees with isPlainText, keyHash and foldedHash for every code unit, alone and between letters", () => {
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      for (const text of [unit, `a${unit}B`]) {
        const plain = isPlainText(text);
        if (
          plainTextHash(text, false) !== (plain ? keyHash(text) : -1) ||
          plainTextHash(text, true) !== (plain ? foldedHash(text) : -1)
        )
          disagreeing.push(code);
      }
    }
    expect(disagreeing).toEqual([]);
  });
});
