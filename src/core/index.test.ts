import * as core from "./index";

describe("the engine’s public face", () => {
  it("exports what the pane, the Excel host and the command line use", () => {
    expect(typeof core.validateWorkbook).toBe("function");
    expect(core.SHEETS.units.names.vi).toBe("Tổ chức cơ sở đảng");
    expect(core.SUMMARY_ITEMS.length).toBe(14);
    expect(core.normaliseHeader("SỐ ĐẢNG VIÊN")).toBe("so dang vien");
    expect(core.normaliseKey(" Xã  Kim Long ")).toBe("xã kim long");
    expect(core.indicatorTitle("village-head-rate", "en")).toBe(
      "Village and group heads who are party members"
    );
    expect(core.renderMessage("required-cell", "vi", { field: "Mã" })).toBe(
      "Ô “Mã” còn trống. Điền giá trị vào ô này."
    );
  });
});
