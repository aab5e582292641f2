/** From styles.xml only what the engine needs: each cellXfs entry's number format and font name. */
import type { XmlHandler } from "./xml";

/** Excel's built-in number formats, as exceljs names them (ids 0 and those without one are General). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface CellStyle {
  readonly numberFormat: string | undefined;
  /** True when the format shows a date or time: the value is then rounded to the millisecond, as a date is. */
  readonly isDate: boolean;
  /** The font's name when it is not the workbook's default font (fonts[0]). */
  readonly font: string | undefined;
}

/** exceljs's rule, kept so that reports stay the same: a format with y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export class StylesHandler implements XmlHandler {
  private readonly formats = new Map<number, string>();
  private readonly fonts: Array<string | undefined> = [];
  private readonly xfs: Array<{ numFmtId: number; fontId: number }> = [];
  private section: "fonts" | "cellXfs" | "numFmts" | undefined;
  private depth = 0;
  private sectionDepth = 0;
  private inFont = false;

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (this.depth === 2 && (name === "fonts" || name === "cellXfs" || name === "numFmts")) {
      this.section = name;
      this.sectionDepth = this.depth;
      return;
    }
    if (this.section === undefined) return;
    const child = this.depth === this.sectionDepth + 1;
    if (this.section === "numFmts" && child && name === "numFmt") {
      const id = Number.parseInt(attributes.numFmtId ?? "", 10);
      if (Number.isFinite(id) && attributes.formatCode !== undefined)
        this.formats.set(id, attributes.formatCode);
    } else if (this.section === "fonts" && child && name === "font") {
      this.inFont = true;
      this.fonts.push(undefined);
    } else if (
      this.section === "fonts" &&
      this.inFont &&
      name === "name" &&
      this.depth === this.sectionDepth + 2
    ) {
      this.fonts[this.fonts.length - 1] = attributes.val;
    } else if (this.section === "cellXfs" && child && name === "xf") {
      this.xfs.push({
        numFmtId: Number.parseInt(attributes.numFmtId ?? "0", 10) || 0,
        fontId: Number.parseInt(attributes.fontId ?? "0", 10) || 0,
      });
    }
  }

  close(): void {
    if (this.section !== undefined) {
      if (this.depth === this.sectionDepth) this.section = undefined;
      else if (this.depth === this.sectionDepth + 1) this.inFont = false;
    }
    this.depth--;
  }

  text(): void {}

  /** Styles by cellXfs index; index 0 (and a cell without `s`) has no format, as exceljs reads it. */
  styles(): CellStyle[] {
    const defaultFont = this.fonts[0];
    return this.xfs.map((xf, index) => {
      const numberFormat =
        index === 0 || !xf.numFmtId
          ? undefined
          : this.formats.get(xf.numFmtId) || BUILT_IN_FORMATS[xf.numFmtId];
      const fontName = this.fonts[xf.fontId];
      return {
        numberFormat: numberFormat === "" ? undefined : numberFormat,
        isDate: isDateFormat(numberFormat),
        font:
          fontName !== undefined && fontName !== "" && fontName !== defaultFont
            ? fontName
            : undefined,
      };
    });
  }
}
