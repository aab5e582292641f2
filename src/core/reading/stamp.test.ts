import { committeeWorkbook, cleanRows, sheet } from "../../../test/support/build-snapshot";
import type { WorkbookSnapshot } from "../model/snapshot";
import {
  STAMP_SHEET_NAME,
  formDataText,
  makeStamp,
  readStamp,
  stampRows,
  stampState,
} from "./stamp";
import { validateWorkbook } from "../validate";

/** A stand-in hash: the test needs equality of texts, not SHA-256 (hosts bring that). */
const fakeHash = (text: string) => {
  let h = 0n;
  for (const ch of text) h = (h * 131n + BigInt(ch.codePointAt(0)!)) % (1n << 255n);
  return h.toString(16).padStart(64, "0");
};

function stamped(workbook: WorkbookSnapshot, hash: string): WorkbookSnapshot {
  const report = validateWorkbook(workbook, { workbook: "x.xlsx" });
  const stamp = makeStamp(report, hash, "0.1.0", new Date("2026-11-30T08:00:00Z"));
  return { sheets: [...workbook.sheets, sheet(STAMP_SHEET_NAME, stampRows(stamp))] };
}

describe("the canonical form data", () => {
  it("is the same whatever the layout around the data: title rows, columns outside the form, other sheets", () => {
    const rows = cleanRows();
    const decorated = cleanRows();
    decorated.units = [
      ["BÁO CÁO TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2026"],
      [],
      ...decorated.units.map((row) => [...row, "ghi chú"]),
    ];
    const withNotes = committeeWorkbook(decorated);
    const plain = committeeWorkbook(rows);
    expect(formDataText({ sheets: [...withNotes.sheets, sheet("Ghi chú", [["tự do"]])] })).toBe(
      formDataText(plain)
    );
  });

  it("changes when one figure changes, and when a name changes only in NFC form it does not", () => {
    const changed = cleanRows();
    changed["village-heads"][2][3] = 12;
    expect(formDataText(committeeWorkbook(changed))).not.toBe(formDataText(committeeWorkbook()));
    const nfd = cleanRows();
    nfd.units[1][1] = String(nfd.units[1][1]).normalize("NFD");
    expect(formDataText(committeeWorkbook(nfd))).toBe(formDataText(committeeWorkbook()));
  });

  it("cannot be forged by a tab or newline inside a cell", () => {
    const a = cleanRows();
    a.units[1][1] = "Xã A\tcode=X02";
    const b = cleanRows();
    b.units[1][1] = "Xã A";
    expect(formDataText(committeeWorkbook(a)).split("\n").length).toBe(
      formDataText(committeeWorkbook(b)).split("\n").length
    );
    expect(formDataText(committeeWorkbook(a))).toContain("Xã A\\tcode=X02");
  });

  it("ignores the stamp sheet itself", () => {
    const workbook = committeeWorkbook();
    expect(formDataText(stamped(workbook, "a".repeat(64)))).toBe(formDataText(workbook));
  });
});

describe("stamp-changed", () => {
  it("says nothing for a stamped workbook whose data is unchanged", () => {
    const workbook = committeeWorkbook();
    const hash = fakeHash(formDataText(workbook));
    const file = stamped(workbook, hash);
    const report = validateWorkbook(file, {
      workbook: "x.xlsx",
      formDataHash: fakeHash(formDataText(file)),
    });
    expect(report.findings.filter((f) => f.code === "stamp-changed")).toEqual([]);
    expect(stampState(readStamp(file), fakeHash(formDataText(file)))).toBe("unchanged");
  });

  it("warns, naming the stamp time, when a figure changed after the stamp", () => {
    const workbook = committeeWorkbook();
    const file = stamped(workbook, fakeHash(formDataText(workbook)));
    const edited = file.sheets.map((s) =>
      s.name === "Tổ chức cơ sở đảng"
        ? sheet(
            s.name,
            cleanRows().units.map((r, i) => (i === 1 ? [r[0], r[1], r[2], 321] : r))
          )
        : s
    );
    const hash = fakeHash(formDataText({ sheets: edited }));
    const report = validateWorkbook(
      { sheets: edited },
      { workbook: "x.xlsx", lang: "en", formDataHash: hash }
    );
    const found = report.findings.filter((f) => f.code === "stamp-changed");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: STAMP_SHEET_NAME });
    expect(found[0].cell).toBeUndefined();
    expect(found[0].message).toContain("2026-11-30T08:00:00.000Z");
    expect(stampState(readStamp({ sheets: edited }), hash)).toBe("changed");
  });

  it("is not raised without a stamp, nor when the host gave no hash", () => {
    const workbook = committeeWorkbook();
    expect(
      validateWorkbook(workbook, { workbook: "x", formDataHash: "f".repeat(64) }).findings.some(
        (f) => f.code === "stamp-changed"
      )
    ).toBe(false);
    const file = stamped(workbook, "a".repeat(64));
    expect(
      validateWorkbook(file, { workbook: "x" }).findings.some((f) => f.code === "stamp-changed")
    ).toBe(false);
    expect(stampState(null, "a".repeat(64))).toBe("none");
  });
});

describe("the stamp sheet", () => {
  it("reads back what was written", () => {
    const report = validateWorkbook(committeeWorkbook(), { workbook: "x" });
    const stamp = makeStamp(report, "AB".repeat(32), "0.1.0", new Date("2026-01-02T03:04:05Z"));
    const read = readStamp({ sheets: [sheet(STAMP_SHEET_NAME, stampRows(stamp))] });
    expect(read).toEqual({ ...stamp, hash: "ab".repeat(32) });
    expect(read!.indicators.every((i) => i.scope === "committee")).toBe(true);
  });

  it("is no stamp when its hash is missing or malformed", () => {
    expect(readStamp({ sheets: [sheet(STAMP_SHEET_NAME, [["hash", "not-a-hash"]])] })).toBeNull();
    expect(readStamp({ sheets: [sheet("Stamp", [["hash", "a".repeat(64)]])] })).toBeNull();
  });
});
