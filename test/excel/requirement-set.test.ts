import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXCEL_API_REQUIREMENT_SET } from "../../src/excel/requirements";

/**
 * For every member name of the Excel namespace in @types/office-js, the lowest ExcelApi set in which any class
 * has it. A name used in src/excel whose lowest set is above the manifest's would fail on Excel 2019.
 */
function lowestSetByMember(): Map<string, number> {
  const typings = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = typings.indexOf("declare namespace Excel {");
  const end = typings.indexOf("declare namespace Excel.Interfaces");
  const lines = typings.slice(start, end).split("\n");
  const lowest = new Map<string, number>();
  let set: number | undefined;
  for (const line of lines) {
    const api = /\[Api set: ExcelApi (\d+)\.(\d+)/.exec(line);
    if (api) set = Number(api[1]) + Number(api[2]) / 100;
    const member = /^ {8}(?:readonly )?([A-Za-z_]\w*)\??[(:<]/.exec(line);
    if (member) {
      // Members without an annotation (load, toJSON, items, context) come with every set.
      const name = member[1];
      lowest.set(name, Math.min(lowest.get(name) ?? Infinity, set ?? 0));
      set = undefined;
    }
  }
  return lowest;
}

/** Our own property names (and JavaScript's) that an Excel class also happens to have in a newer set, on objects that are not Excel's. */
const NOT_EXCEL: Readonly<Record<string, string>> = {
  message: "Error.message",
  layout: "the WorkbookRead and ShowReportOptions of src/excel",
  remove:
    "OfficeExtension.EventHandlerResult.remove, the handler removal that comes with Worksheet.onChanged (1.7)",
  header: "TemplateColumn.header of src/core/authoring/template.ts (the text of a column header)",
  tableName: "TemplateSheet.tableName of src/core/authoring/template.ts",
  sheet: "Finding.sheet, HighlightArea.sheet, ReadBlock.sheet: a sheet name",
  sheets: "WorkbookSnapshot.sheets, WorkbookLayout.sheets, EditWatch.sheets",
  protected:
    "our SheetLayout.protected; Excel's is read through .protection, which is what is gated (1.2, 1.7)",
  error: "the error of an AsyncResult, and the `error` cell kind of the snapshot",
  replace: "String.prototype.replace",
  triggerSource:
    "read (never called) from a change event's arguments: undefined before ExcelApi 1.14, which EditWatcher allows",
  trim: "String.prototype.trim",
  round: "Math.round",
  now: "Date.now and our injected clock",
  true: "the JavaScript literal after a dot in a comment-free chain (`=== true`)",
  options: "the options argument of our functions",
  scope: "IndicatorResult.scope of the report",
  rule: "the TemplateColumn validation rule of src/core; the conditional format rule is reached through .custom (1.6)",
  getUsedRange:
    "Worksheet.getUsedRange() is ExcelApi 1.1; its valuesOnly argument (1.2) is passed only where supports('1.2')",
};

/** Members whose set the typings parse does not pin down (the same name in an older class), checked all the same. */
const MUST_GATE: Readonly<Record<string, number>> = {
  hyperlink: 1.07,
  columnWidth: 1.02,
  pageLayout: 1.09,
};

/**
 * Files whose members of a newer set are gated by their caller: the callers named here must ask for that set
 * before calling into the file (the level tests in levels.test.ts then show the gate holds at run time).
 */
const CALLER_GATES: Readonly<Record<string, Readonly<Record<string, ReadonlyArray<string>>>>> = {
  "highlights.ts": { "1.6": ["show-report.ts"] },
  "our-highlights.ts": { "1.6": ["read-snapshot.ts", "workbook-scan.ts"] },
  "workbook-layout.ts": { "1.6": ["read-snapshot.ts", "workbook-scan.ts"] },
  "edit-watch.ts": { "1.7": ["excel-host.ts"] },
  "edit-watcher.ts": { "1.7": ["excel-host.ts"] },
  "settings.ts": { "1.4": ["excel-host.ts", "show-report.ts"] },
  "save-mapping.ts": { "1.4": ["excel-host.ts"] },
  "write-goals.ts": { "1.4": ["excel-host.ts"], "1.7": ["excel-host.ts"] },
  "insert-template.ts": {
    "1.4": ["excel-host.ts"],
    "1.7": ["excel-host.ts"],
    "1.8": ["excel-host.ts"],
  },
};

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

/** Whether the file asks Excel for the set itself (`supports('1.6')`, or `isSetSupported('ExcelApi', '1.6')`). */
function asksFor(source: string, version: string): boolean {
  const code = withoutComments(source);
  // Either quote: the formatter writes double quotes, a hand-written check may have single ones.
  const v = version.replace(".", "\\.");
  return new RegExp(
    `supports\\(['"]${v}['"]\\)|isSetSupported\\(['"]ExcelApi['"],\\s*['"]${v}['"]\\)`
  ).test(code);
}

function usedNames(source: string): Set<string> {
  const names = new Set<string>();
  source = withoutComments(source);
  for (const match of source.matchAll(/\.([A-Za-z_]\w*)\b/g)) names.add(match[1]);
  // Load paths such as 'items/customOrNullObject/rule/formula'.
  for (const match of source.matchAll(/['"]([A-Za-z/,]+)['"]/g))
    for (const part of match[1].split(/[/,]/)) if (part) names.add(part);
  return names;
}

const version = (set: number) => `1.${Math.round((set - 1) * 100)}`;

describe(`ExcelApi ${EXCEL_API_REQUIREMENT_SET.version} and the sets gated above it`, () => {
  const limit =
    Number(EXCEL_API_REQUIREMENT_SET.version.split(".")[0]) +
    Number(EXCEL_API_REQUIREMENT_SET.version.split(".")[1]) / 100;
  const lowest = lowestSetByMember();
  const folder = join(__dirname, "../../src/excel");
  const sources = new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith(".ts"))
      .map((file) => [file, readFileSync(join(folder, file), "utf8")])
  );

  it("knows the sets of the APIs we rely on (the typings parse)", () => {
    expect(lowest.get("getRanges")).toBe(1.09);
    expect(lowest.get("getRangeByIndexes")).toBe(1.07);
    expect(lowest.get("getUsedRangeOrNullObject")).toBe(1.04);
    expect(lowest.get("conditionalFormats")).toBe(1.06);
    expect(lowest.get("onChanged")).toBe(1.07);
  });

  it("the manifest asks for ExcelApi 1.1: Excel 2016 loads the add-in", () => {
    expect(EXCEL_API_REQUIREMENT_SET.version).toBe("1.1");
  });

  it("uses every member newer than 1.1 only behind a check for the set that brings it (in its file, or in the callers named)", () => {
    const ungated: string[] = [];
    for (const [file, source] of sources) {
      for (const name of usedNames(source)) {
        if (name in NOT_EXCEL) continue;
        const set = MUST_GATE[name] ?? lowest.get(name);
        if (set === undefined || set <= limit) continue;
        const needed = version(set);
        // A caller's gate covers the members of its set and of the sets below it (1.4 covers a 1.2 member).
        const byCallers = Object.entries(CALLER_GATES[file] ?? {}).some(
          ([gate, callers]) =>
            Number(gate.split(".")[1]) >= Number(needed.split(".")[1]) &&
            callers.every((caller) => asksFor(sources.get(caller) ?? "", gate))
        );
        const gated = asksFor(source, needed) || byCallers;
        if (!gated) ungated.push(`${file}: ${name} (ExcelApi ${needed})`);
      }
    }
    expect(ungated).toEqual([]);
  });

  it("never uses getRangeByIndexes or RangeAreas: ranges are addressed in A1, which every Excel has", () => {
    const used = [...sources]
      .filter(([, source]) => /\.(getRangeByIndexes|getRanges)\(/.test(withoutComments(source)))
      .map(([file]) => file);
    expect(used).toEqual([]);
  });
});
