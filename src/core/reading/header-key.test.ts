import { SHEETS, SHEET_IDS } from "../form/form";
import { expandAbbreviations, headerKey } from "./header-key";
import { findHeader, findSheet } from "./sheet-reader";
import type { SheetSnapshot } from "../model/snapshot";

const text = (value: string) => ({ value, kind: "text" as const });

describe("headers as staff write them", () => {
  test.each([
    ["Số ĐV", "Số đảng viên"],
    ["Số thôn, TDP", "Số thôn, tổ dân phố"],
    ["Tên TCCS đảng", "Tên tổ chức cơ sở đảng"],
    ["Số TCĐ", "Số tổ chức đảng"],
    ["Số CB", "Số chi bộ"],
    ["ĐB xã", "Đảng bộ xã"],
    ["SL đảng viên", "Số lượng đảng viên"],
    ["Là ĐV đầu năm", "Là đảng viên đầu năm"],
  ])("%s reads as %s", (short, long) => {
    expect(headerKey(short)).toBe(headerKey(long));
  });

  test("only whole words are written out", () => {
    expect(expandAbbreviations("cbx")).toBe("cbx");
    expect(expandAbbreviations("so dv, tdp")).toBe("so dang vien, to dan pho");
  });

  test("no two fields of a sheet share a header or alias, and no two sheets a name", () => {
    for (const id of SHEET_IDS) {
      const owner = new Map<string, string>();
      for (const field of SHEETS[id].fields) {
        for (const spelling of new Set(
          [field.id, field.headers.en, field.headers.vi, ...(field.aliases ?? [])].map(headerKey)
        )) {
          expect({ sheet: id, spelling, field: owner.get(spelling) ?? field.id }).toEqual({
            sheet: id,
            spelling,
            field: field.id,
          });
          owner.set(spelling, field.id);
        }
      }
    }
    const sheetOwner = new Map<string, string>();
    for (const id of SHEET_IDS) {
      for (const name of new Set(
        [id, SHEETS[id].names.en, SHEETS[id].names.vi, ...(SHEETS[id].aliases ?? [])].map(headerKey)
      )) {
        expect({ name, sheet: sheetOwner.get(name) ?? id }).toEqual({ name, sheet: id });
        sheetOwner.set(name, id);
      }
    }
  });

  test("the engine finds a sheet and its columns by aliases and abbreviations", () => {
    const sheet: SheetSnapshot = {
      name: "Trưởng thôn, ấp, bản, tổ dân phố",
      rows: [
        [
          text("Mã số"),
          text("Số thôn, TDP"),
          text("Là ĐV đầu năm"),
          text("Là đảng viên hiện nay"),
          text("Tỷ lệ %"),
        ],
      ],
    };
    expect(findSheet({ sheets: [sheet] }, SHEETS["village-heads"])?.sheet).toBe(sheet);
    expect(findHeader(SHEETS["village-heads"], sheet).matches.map((match) => match.field)).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  test.each(["Trưởng ấp, khu phố", "Trưởng bản", "Trưởng thôn, TDP"])(
    "the village-heads sheet named %s",
    (name) => {
      const sheet: SheetSnapshot = { name, rows: [] };
      expect(findSheet({ sheets: [sheet] }, SHEETS["village-heads"])?.sheet).toBe(sheet);
    }
  );

  test("units: Tên tổ chức cơ sở đảng, Tổng số đảng viên, Số ĐV", () => {
    for (const members of ["Tổng số đảng viên", "Số ĐV"]) {
      const sheet: SheetSnapshot = {
        name: "Units",
        rows: [
          [
            text("STT"),
            text("Mã"),
            text("Tên tổ chức cơ sở đảng"),
            text("Loại hình"),
            text(members),
          ],
        ],
      };
      expect(findHeader(SHEETS.units, sheet).matches).toEqual([
        { col: 1, field: 0 },
        { col: 2, field: 1 },
        { col: 3, field: 2 },
        { col: 4, field: 3 },
      ]);
    }
  });
});
