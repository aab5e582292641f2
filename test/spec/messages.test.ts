import type { Report } from "../../src/core";
import { fullWorkbook } from "./support/committee-workbook";
import { check, findingsOf } from "./support/check";

/** Letters that only Vietnamese uses among the two languages (after NFC). */
const VIETNAMESE_LETTERS = /[ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** A workbook with English sheet names and headers and ASCII data, so any Vietnamese in a message comes from the engine. */
function englishWorkbookWithFaults() {
  const workbook = fullWorkbook().inEnglish();
  workbook
    .sheet("units")
    .set("B2", "Kim Long commune")
    .set("B3", "Hop Hoa town")
    .set("B4", "District agencies")
    .set("B5", "Tam Duong high school");
  workbook.sheet("units").set("D4", -3).set("C5", "ward");
  workbook.sheet("village-heads").set("D2", 14).set("E2", 116.67);
  workbook.sheet("admissions").set("D3", 110);
  workbook
    .sheet("leader-targets")
    .set("A2", "Nguyen Van An")
    .set("B2", "Secretary")
    .set("D2", "Admissions")
    .set("G2", "higher")
    .set("F3", null);
  workbook
    .sheet("leader-targets")
    .set("A3", "Tran Thi Binh")
    .set("B3", "Secretary")
    .set("D3", "Poor households")
    .set("G3", "lower");
  workbook.sheet("private-units").set("C3", 0);
  workbook.sheet("summary").set("B6", 400);
  return workbook;
}

function outOfRange(report: Report) {
  const [finding] = findingsOf(report, "out-of-range");
  expect(finding).toBeDefined();
  return finding;
}

describe("messages", () => {
  test("are Vietnamese by default and name the figures involved (14 heads, 12 groups)", async () => {
    const report = await check(englishWorkbookWithFaults());
    const message = outOfRange(report).message.normalize("NFC");
    expect(message).toMatch(VIETNAMESE_LETTERS);
    expect(message).toContain("14");
    expect(message).toContain("12");
  });

  test('lang "vi" gives the same messages as the default', async () => {
    const workbook = englishWorkbookWithFaults();
    const byDefault = await check(workbook);
    const vietnamese = await check(workbook, { lang: "vi" });
    expect(vietnamese.findings.map((finding) => finding.message.normalize("NFC"))).toEqual(
      byDefault.findings.map((finding) => finding.message.normalize("NFC"))
    );
  });

  test('are English with lang "en", for every finding', async () => {
    const workbook = englishWorkbookWithFaults();
    const english = await check(workbook, { lang: "en" });
    const vietnamese = await check(workbook, { lang: "vi" });
    expect(english.findings.length).toBeGreaterThanOrEqual(6);
    expect(english.findings.map((finding) => finding.code)).toEqual(
      vietnamese.findings.map((finding) => finding.code)
    );
    english.findings.forEach((finding, index) => {
      expect({ code: finding.code, message: finding.message }).not.toEqual({
        code: finding.code,
        message: expect.stringMatching(VIETNAMESE_LETTERS),
      });
      expect(finding.message).toMatch(/[A-Za-z]{3,}/);
      expect(finding.message).not.toBe(vietnamese.findings[index].message);
    });
    const message = outOfRange(english).message;
    expect(message).toContain("14");
    expect(message).toContain("12");
  });

  test("every Vietnamese message is Vietnamese", async () => {
    const report = await check(englishWorkbookWithFaults(), { lang: "vi" });
    for (const finding of report.findings) {
      expect({ code: finding.code, message: finding.message.normalize("NFC") }).toEqual({
        code: finding.code,
        message: expect.stringMatching(VIETNAMESE_LETTERS),
      });
    }
  });

  test("no message shows an unfilled placeholder, undefined, NaN or [object Object]", async () => {
    for (const lang of ["vi", "en"] as const) {
      const report = await check(englishWorkbookWithFaults(), { lang });
      for (const finding of report.findings) {
        expect(finding.message).not.toMatch(/\{\w*\}|undefined|NaN|\[object Object\]|\$\{/);
      }
    }
  });
});
