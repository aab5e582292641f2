import { cellText } from "./cell-text";

describe("what a grid cell shows", () => {
  it("shows percentages as percentages and numbers with the language’s separators", () => {
    expect(cellText({ value: 0.9308, kind: "number", numberFormat: "0.00%" }, "vi")).toBe("93,08%");
    expect(cellText({ value: 0.9308, kind: "number", numberFormat: "0.00%" }, "en")).toBe("93.08%");
    expect(cellText({ value: 6300, kind: "number", numberFormat: "#,##0" }, "vi")).toBe("6.300");
    expect(cellText({ value: 2023, kind: "number" }, "vi")).toBe("2023");
    expect(cellText({ value: 93.08, kind: "number" }, "vi")).toBe("93,08");
  });

  it("shows text, errors and booleans as they are, and nothing for an empty cell", () => {
    expect(cellText({ value: "=SUM(A1)", kind: "text" }, "vi")).toBe("=SUM(A1)");
    expect(cellText({ value: "#DIV/0!", kind: "error" }, "vi")).toBe("#DIV/0!");
    expect(cellText({ value: true, kind: "boolean" }, "en")).toBe("TRUE");
    expect(cellText({ value: null, kind: "empty" }, "vi")).toBe("");
    expect(cellText(undefined, "vi")).toBe("");
  });
});
