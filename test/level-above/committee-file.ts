/** Committee workbooks for the level-above tests, written with exceljs as staff would type them (Vietnamese headers). */
import ExcelJS from "exceljs";

export interface UnitFigures {
  readonly code: string;
  readonly name: string;
  /** A unit type as staff write it (`Đảng bộ xã, thị trấn`, `Chi bộ trực thuộc`, …). */
  readonly type: string;
  readonly members: number;
  readonly target: number;
  readonly admitted: number;
  /** Villages and groups, with heads who are members at the start and now; absent for a unit without village heads. */
  readonly villages?: { readonly groups: number; readonly start: number; readonly now: number };
}

export interface CommitteeNames {
  readonly name: string;
  readonly code: string;
  readonly year: string;
}

/** The workbook of `units`; with `names`, a summary sheet naming the committee, its code and the year. */
export async function committeeFile(
  units: ReadonlyArray<UnitFigures>,
  names?: CommitteeNames
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[], rows: Array<Array<string | number>>) => {
    const worksheet = workbook.addWorksheet(name);
    worksheet.addRow(header);
    for (const row of rows) worksheet.addRow(row);
  };
  sheet(
    "Tổ chức cơ sở đảng",
    ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
    units.map((u) => [u.code, u.name, u.type, u.members])
  );
  sheet(
    "Kết nạp đảng viên",
    ["Mã", "Chỉ tiêu", "Đã kết nạp"],
    units.map((u) => [u.code, u.target, u.admitted])
  );
  sheet(
    "Trưởng thôn, tổ dân phố",
    ["Mã", "Số thôn, tổ dân phố", "Là đảng viên đầu năm", "Là đảng viên hiện nay"],
    units
      .filter((u) => u.villages)
      .map((u) => [u.code, u.villages!.groups, u.villages!.start, u.villages!.now])
  );
  if (names) {
    sheet(
      "Tổng hợp",
      ["Nội dung", "Số liệu"],
      [
        ["Tên cấp ủy", names.name],
        ["Mã cấp ủy", names.code],
        ["Năm", names.year],
      ]
    );
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
