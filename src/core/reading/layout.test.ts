import {
  HeaderBlock,
  groupHeadingOf,
  isColumnNumberRow,
  isFooterLabel,
  isPlainCode,
  looksLikeCode,
  markedLabel,
  subtotalMarker,
} from "./layout";
import { normaliseHeader } from "../helpers/normalise";

const t = (value: string | number | null) =>
  value === null
    ? null
    : typeof value === "number"
      ? { value, kind: "number" }
      : { value, kind: "text" };
const row = (...values: Array<string | number | null>) => values.map(t);

describe("the column-number row", () => {
  test.each([
    [["(1)", "(2)", "(3)", "(4)"]],
    [[1, 2, 3, 4]],
    [["A", "B", 1, 2]],
    [["(A)", "(B)", "(1)", "(2)", "(3)=(2)/(1)x100"]],
    [[null, "1", null, "3"]],
  ])("%j is a column-number row", (values) => {
    expect(isColumnNumberRow(row(...values))).toBe(true);
  });
  test.each([
    [["X01", 12, 10, 11]],
    [["A", 12, 10, 11, 91.67]],
    [[3, 2, 1]],
    [["(1)"]],
    [["Xã Kim Long", 1, 2]],
  ])("%j is data", (values) => {
    expect(isColumnNumberRow(row(...values))).toBe(false);
  });
});

describe("group headings", () => {
  const labels = new Set([normaliseHeader("Đảng bộ xã, phường, đặc khu")]);
  test("a marker and a label, in one cell or two; a unit-type label alone", () => {
    expect(groupHeadingOf(["I", "Đảng bộ xã, phường, đặc khu"], labels)).toEqual({
      marker: "I",
      label: "Đảng bộ xã, phường, đặc khu",
    });
    expect(groupHeadingOf(["II. Đảng bộ cơ quan"], labels)).toEqual({
      marker: "II",
      label: "Đảng bộ cơ quan",
    });
    expect(groupHeadingOf(["A - Khối doanh nghiệp"], labels)).toEqual({
      marker: "A",
      label: "Khối doanh nghiệp",
    });
    expect(groupHeadingOf(["Các đảng bộ xã, phường, đặc khu"], labels)).toEqual({
      marker: null,
      label: "Các đảng bộ xã, phường, đặc khu",
    });
  });
  test("a name is not a heading", () => {
    expect(groupHeadingOf(["Xã Kim Long"], labels)).toBeNull();
    expect(markedLabel("Xã Kim Long")).toBeNull();
    expect(groupHeadingOf(["IIII. Sai"], labels)).toBeNull();
    expect(groupHeadingOf(["Chi bộ Trường THPT"], labels)).toBeNull();
  });
  test("subtotal labels name their group", () => {
    expect(subtotalMarker("Cộng I")).toBe("I");
    expect(subtotalMarker("Tổng cộng II:")).toBe("II");
    expect(subtotalMarker("Cộng (A)")).toBe("A");
    expect(subtotalMarker("Cộng")).toBeNull();
    expect(subtotalMarker("Cộng đồng")).toBeNull();
  });
});

describe("footer labels", () => {
  test.each([
    "Nơi nhận:",
    "NGƯỜI LẬP BIỂU",
    "T/M BAN THƯỜNG VỤ",
    "TM. ĐẢNG ỦY",
    "K/T BÍ THƯ",
    "Bí thư",
    "Phường Kim Long, ngày 15 tháng 12 năm 2026",
    "…, ngày … tháng … năm …",
    "Ghi chú: tính đến 30/11",
    "- Lưu VP.",
    "(Ký, ghi rõ họ tên)",
  ])("%s", (text) => expect(isFooterLabel(text)).toBe(true));
  test.each(["Xã Kim Long", "X01", "Nguyễn Văn An", "Tổng cộng"])("%s is not", (text) =>
    expect(isFooterLabel(text)).toBe(false)
  );
});

describe("headers over several rows, without merges from the host", () => {
  const rows = [
    row("Mã", "Số thôn, tổ dân phố", "Là đảng viên", null, "Tỷ lệ (%)"),
    row(null, null, "Đầu năm", "Hiện nay", null),
  ];
  test("a heading spans the empty cells to its right over own texts; an empty cell takes the text above", () => {
    const block = new HeaderBlock(rows, null, 10);
    expect(block.candidates(1, 0)).toEqual(["Mã"]);
    expect(block.candidates(1, 2)).toEqual(["Là đảng viên Đầu năm", "Đầu năm"]);
    expect(block.candidates(1, 3)).toEqual(["Là đảng viên Hiện nay", "Hiện nay"]);
  });
  test("with merges, a merge decides", () => {
    const block = new HeaderBlock(
      rows,
      [
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 0, left: 0, bottom: 1, right: 0 },
      ],
      10
    );
    expect(block.candidates(1, 0)).toEqual(["Mã"]);
    expect(block.candidates(1, 3)).toEqual(["Là đảng viên Hiện nay", "Hiện nay"]);
  });
});

describe("isPlainCode (the group-heading test's shortcut)", () => {
  const GROUP_MARKER = /^\s*\(?[IVXLCA-Z]{1,6}[.):]?\s*$/;

  it("accepts only texts that look like a code and are no group marker, on random texts", () => {
    const alphabet = "DVXIxv019-_./:( )\u00a0\tĐă#";
    let seed = 3;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const wrong: string[] = [];
    let accepted = 0;
    for (let n = 0; n < 50000; n++) {
      let text = "";
      const length = Math.floor(random() * 34);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      if (!isPlainCode(text)) continue;
      accepted++;
      if (!looksLikeCode(text) || GROUP_MARKER.test(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });

  it("takes the usual codes and leaves markers, labels and spaced text to the full test", () => {
    expect(["DV000123", "CB-12", "01", "x.1/2", "A1_b"].map(isPlainCode)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["I", "II.", "(A)", "Nơi nhận:", "DV 01", "ABC", "", "1".repeat(31)].map(isPlainCode)
    ).toEqual([false, false, false, false, false, false, false, false]);
  });
});
