/**
 * "Kiểm tra cài đặt" / "Check this Excel": runs every kind of Office.js call the add-in makes, on a temporary
 * sheet it adds and removes, and says for each whether it worked here and why not. It never reads or writes
 * the user's sheets: everything happens on sheets it made (the temporary sheet, a very hidden stand-in for the
 * stamp sheet) and on a settings key of its own, and all of them are removed before it returns, also when a
 * step fails. A feature the Excel lacks is not tried: its row says which set it needs.
 */
import type { BilingualText, SelfCheckResult, SelfCheckRow } from "../core";
import { EXCEL_API_MINORS, type Capabilities } from "./capabilities";
import type { DocumentSettings } from "./document-settings";
import type { Run } from "./edit-watcher";
import { hyperlinkFormula } from "./hyperlink-formula";
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from "./marker";

export const SELF_CHECK_SHEET = "CommitteeCheck.SelfCheck";
export const SELF_CHECK_STAMP_SHEET = "CommitteeCheck.SelfCheckStamp";
const SELF_CHECK_SETTING = "committeeCheck.selfCheck";

export interface SelfCheckOptions {
  readonly run: Run;
  readonly capabilities: Capabilities;
  readonly documentSettings?: () => DocumentSettings | undefined;
  /** Office.context.diagnostics: the Excel version and platform. */
  readonly diagnostics?: () => { version?: string; platform?: string } | undefined;
}

interface Step {
  readonly label: BilingualText;
  /** The ExcelApi set the step needs, and whether this Excel has it; absent for 1.1. */
  readonly needs?: { readonly version: string; readonly here: boolean };
  run(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<BilingualText>;
}

const ok = (vi: string, en: string): BilingualText => ({ vi, en });

function detailOf(error: unknown): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === "string" ? `${code}: ${message}` : message;
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

function steps(
  documentSettings: () => DocumentSettings | undefined,
  capabilities: Capabilities
): Step[] {
  return [
    {
      label: ok("Đọc ô (vùng đã dùng, giá trị)", "Read cells (used range, values)"),
      async run(context, sheet) {
        sheet.getRange("A1:B2").values = [
          ["Mã", "Số"],
          ["X01", 12],
        ];
        const used = capabilities.supports("1.4")
          ? sheet.getUsedRangeOrNullObject(true)
          : sheet.getUsedRange();
        used.load("address,values,valueTypes,numberFormat,formulas");
        await context.sync();
        expectEqual(
          used.values,
          [
            ["Mã", "Số"],
            ["X01", 12],
          ],
          "values"
        );
        return ok("Hoạt động.", "Works.");
      },
    },
    {
      label: ok(
        "Tô màu ô có lỗi (định dạng có điều kiện)",
        "Highlight cells (conditional formats)"
      ),
      needs: { version: "1.6", here: capabilities.supports("1.6") },
      async run(context, sheet) {
        const format = sheet
          .getRange("B2")
          .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        format.custom.rule.formula = HIGHLIGHT_FORMULA;
        format.custom.format.fill.color = HIGHLIGHT_FILL.error;
        const formats = sheet.getRange().conditionalFormats;
        formats.load("items/id,items/type");
        await context.sync();
        if (formats.items.length !== 1)
          throw new Error(`${formats.items.length} conditional formats`);
        formats.items[0].delete();
        await context.sync();
        return ok("Hoạt động.", "Works.");
      },
    },
    {
      label: ok(
        "Trang kết quả (chữ, định dạng, in đậm, độ rộng cột)",
        "Report sheet (text, formats, bold, column widths)"
      ),
      async run(context, sheet) {
        const range = sheet.getRange("A4:B4");
        range.numberFormat = [["@", "@"]];
        range.values = [["=SUM(1)", "+84 912"]];
        range.format.font.bold = true;
        if (capabilities.supports("1.2")) sheet.getRange("A4").format.columnWidth = 120;
        range.load("values");
        await context.sync();
        expectEqual(range.values, [["=SUM(1)", "+84 912"]], "text kept as text");
        return capabilities.supports("1.2")
          ? ok("Hoạt động.", "Works.")
          : ok(
              "Hoạt động (giữ độ rộng cột mặc định: cần ExcelApi 1.2).",
              "Works (default column widths: they need ExcelApi 1.2)."
            );
      },
    },
    {
      label: ok("Liên kết đến ô", "Links to cells"),
      async run(context, sheet) {
        const cell = sheet.getRange("C4");
        const target = `'${SELF_CHECK_SHEET}'!A1`;
        if (capabilities.supports("1.7")) {
          cell.hyperlink = { documentReference: target, textToDisplay: "A1" };
          cell.load("values");
          await context.sync();
          return ok("Hoạt động (Range.hyperlink).", "Works (Range.hyperlink).");
        }
        cell.numberFormat = [["General"]];
        cell.formulas = [[hyperlinkFormula(target, "A1")]];
        cell.load("values");
        await context.sync();
        expectEqual(cell.values, [["A1"]], "HYPERLINK shows");
        return ok(
          "Hoạt động bằng công thức HYPERLINK (Range.hyperlink cần ExcelApi 1.7).",
          "Works with HYPERLINK formulas (Range.hyperlink needs ExcelApi 1.7)."
        );
      },
    },
    {
      label: ok("Biểu đồ trên trang kết quả", "Chart on the report sheet"),
      async run(context, sheet) {
        const chart = sheet.charts.add(
          "BarClustered" as Excel.ChartType,
          sheet.getRange("A1:B2"),
          "Columns" as Excel.ChartSeriesBy
        );
        chart.title.text = "Committee Check";
        chart.setPosition("D1", "H10");
        await context.sync();
        return ok("Hoạt động.", "Works.");
      },
    },
    {
      label: ok("Khổ in A4 của trang kết quả", "A4 print layout of the report sheet"),
      needs: { version: "1.9", here: capabilities.supports("1.9") },
      async run(context, sheet) {
        sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
        sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        sheet.pageLayout.setPrintTitleRows("$1:$1");
        await context.sync();
        return ok("Hoạt động.", "Works.");
      },
    },
    {
      label: ok("Nhớ ngôn ngữ (cài đặt)", "Remember the language (settings)"),
      async run(context) {
        if (capabilities.supports("1.4")) {
          context.workbook.settings.add(SELF_CHECK_SETTING, "ok");
          const setting = context.workbook.settings.getItemOrNullObject(SELF_CHECK_SETTING);
          setting.load("value");
          await context.sync();
          expectEqual(setting.value, "ok", "setting");
          setting.delete();
          await context.sync();
          return ok("Hoạt động (Workbook.settings).", "Works (Workbook.settings).");
        }
        const settings = documentSettings();
        if (!settings) throw new Error("Office has no document settings here");
        // Set and removed again without saveAsync: nothing reaches the file.
        settings.set(SELF_CHECK_SETTING, "ok");
        expectEqual(settings.get(SELF_CHECK_SETTING), "ok", "document setting");
        (settings as DocumentSettings & { remove?: (name: string) => void }).remove?.(
          SELF_CHECK_SETTING
        );
        return ok(
          "Hoạt động bằng cài đặt tài liệu của Office (Workbook.settings cần ExcelApi 1.4).",
          "Works with Office's document settings (Workbook.settings needs ExcelApi 1.4)."
        );
      },
    },
    {
      label: ok(
        "Báo kết quả đã cũ khi sửa (sự kiện thay đổi)",
        "Results out of date after an edit (change events)"
      ),
      needs: { version: "1.7", here: capabilities.supports("1.7") },
      async run(context, sheet) {
        const handler = sheet.onChanged.add(async () => undefined);
        await context.sync();
        handler.remove();
        await context.sync();
        return ok("Hoạt động (đăng ký và gỡ được).", "Works (registered and removed).");
      },
    },
    {
      label: ok(
        "Trang ẩn hẳn (dấu đã kiểm tra, ghép tiêu đề)",
        "Very hidden sheet (stamp, header matching)"
      ),
      async run(context) {
        const stamp = context.workbook.worksheets.add(SELF_CHECK_STAMP_SHEET);
        stamp.getRange("A1").values = [["stamp"]];
        stamp.visibility = "VeryHidden" as Excel.SheetVisibility;
        stamp.load("visibility");
        await context.sync();
        expectEqual(stamp.visibility, "VeryHidden", "visibility");
        // Excel refuses to delete a very hidden sheet; hidden, it may go (removed here, not at the end).
        stamp.visibility = "Hidden" as Excel.SheetVisibility;
        stamp.delete();
        await context.sync();
        return ok("Hoạt động.", "Works.");
      },
    },
  ];
}

const OFF = (version: string): BilingualText => ({
  vi: `Không thử: Excel này chưa có ExcelApi ${version}.`,
  en: `Not tried: this Excel lacks ExcelApi ${version}.`,
});

/** Removes what the check made, whatever state a failed step left behind. */
async function cleanUp(context: Excel.RequestContext, useNullObjects: boolean): Promise<void> {
  const names = [SELF_CHECK_STAMP_SHEET, SELF_CHECK_SHEET];
  if (useNullObjects) {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const sheet of sheets) sheet.load("name");
    await context.sync();
    for (const sheet of sheets) {
      if (sheet.isNullObject) continue;
      sheet.visibility = "Hidden" as Excel.SheetVisibility;
      sheet.delete();
    }
    await context.sync();
    return;
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  for (const sheet of worksheets.items.filter((item) => names.includes(item.name))) {
    sheet.visibility = "Hidden" as Excel.SheetVisibility;
    sheet.delete();
  }
  await context.sync();
}

export async function selfCheck(options: SelfCheckOptions): Promise<SelfCheckResult> {
  const { capabilities } = options;
  const diagnostics = options.diagnostics?.() ?? {};
  const sets = [
    ...EXCEL_API_MINORS.map((minor) => ({
      name: `ExcelApi 1.${minor}`,
      supported: capabilities.supports(`1.${minor}`),
    })),
    { name: "SharedRuntime 1.1", supported: capabilities.sharedRuntime },
  ];
  const checks: SelfCheckRow[] = [];
  const documentSettings = options.documentSettings ?? (() => undefined);
  const nullObjects = capabilities.supports("1.4");

  await options.run(async (context) => {
    let sheet: Excel.Worksheet;
    try {
      await cleanUp(context, nullObjects); // a check interrupted earlier (Excel closed) may have left its sheet
      sheet = context.workbook.worksheets.add(SELF_CHECK_SHEET);
      await context.sync();
    } catch (error) {
      checks.push({
        label: ok("Thêm trang tạm", "Add a temporary sheet"),
        ok: false,
        detail: { vi: `Lỗi: ${detailOf(error)}`, en: `Failed: ${detailOf(error)}` },
      });
      return;
    }
    try {
      for (const step of steps(documentSettings, capabilities)) {
        if (step.needs && !step.needs.here) {
          checks.push({ label: step.label, ok: null, detail: OFF(step.needs.version) });
          continue;
        }
        try {
          checks.push({ label: step.label, ok: true, detail: await step.run(context, sheet) });
        } catch (error) {
          checks.push({
            label: step.label,
            ok: false,
            detail: { vi: `Lỗi: ${detailOf(error)}`, en: `Failed: ${detailOf(error)}` },
          });
        }
      }
    } finally {
      try {
        await cleanUp(context, nullObjects);
        checks.push({
          label: ok(
            "Gỡ trang tạm, không để lại gì",
            "Remove the temporary sheet, leave nothing behind"
          ),
          ok: true,
          detail: ok("Hoạt động.", "Works."),
        });
      } catch (error) {
        checks.push({
          label: ok(
            "Gỡ trang tạm, không để lại gì",
            "Remove the temporary sheet, leave nothing behind"
          ),
          ok: false,
          detail: { vi: `Lỗi: ${detailOf(error)}`, en: `Failed: ${detailOf(error)}` },
        });
      }
    }
  });

  return {
    version: diagnostics.version ?? "?",
    platform: diagnostics.platform ?? "?",
    sets,
    checks,
  };
}
