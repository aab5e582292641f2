import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCEL_API_REQUIREMENT_SET } from '../../src/excel/requirements';

/**
 * For every member name of the Excel namespace in @types/office-js, the lowest ExcelApi set in which any class
 * has it. A name used in src/excel whose lowest set is above the manifest's would fail on Excel 2019.
 */
function lowestSetByMember(): Map<string, number> {
  const typings = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  const start = typings.indexOf('declare namespace Excel {');
  const end = typings.indexOf('declare namespace Excel.Interfaces');
  const lines = typings.slice(start, end).split('\n');
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

/** Our own property names that an Excel class also happens to have (in a newer set), on objects that are not Excel's. */
const NOT_EXCEL: Readonly<Record<string, string>> = {
  message: 'Error.message',
  layout: 'the WorkbookRead and ShowReportOptions of src/excel',
  remove: 'OfficeExtension.EventHandlerResult.remove, the handler removal that comes with Worksheet.onChanged (1.7)',
  header: 'TemplateColumn.header of src/core/authoring/template.ts (the text of a column header)',
  tableName: 'TemplateSheet.tableName of src/core/authoring/template.ts',
};

/**
 * Members of a newer set that a file may use only behind a feature check: the file must ask Excel for that set
 * (`isSetSupported('ExcelApi', '1.8')`) and do without where it is missing.
 */
const FEATURE_DETECTED: Readonly<Record<string, string>> = {
  dataValidation: '1.8',
  errorAlert: '1.8',
};

function detects(source: string, version: string): boolean {
  return withoutComments(source).includes(`isSetSupported('ExcelApi', '${version}')`);
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

function usedNames(source: string): Set<string> {
  const names = new Set<string>();
  source = withoutComments(source);
  for (const match of source.matchAll(/\.([A-Za-z_]\w*)\b/g)) names.add(match[1]);
  // Load paths such as 'items/customOrNullObject/rule/formula'.
  for (const match of source.matchAll(/'([A-Za-z/,]+)'/g)) for (const part of match[1].split(/[/,]/)) if (part) names.add(part);
  return names;
}

describe(`ExcelApi ${EXCEL_API_REQUIREMENT_SET.version}`, () => {
  const limit = Number(EXCEL_API_REQUIREMENT_SET.version.split('.')[0]) + Number(EXCEL_API_REQUIREMENT_SET.version.split('.')[1]) / 100;
  const lowest = lowestSetByMember();

  it('knows the sets of the APIs we rely on (the typings parse)', () => {
    expect(lowest.get('getRanges')).toBe(1.09);
    expect(lowest.get('getRangeByIndexes')).toBe(1.07);
    expect(lowest.get('getUsedRangeOrNullObject')).toBe(1.04);
  });

  it('src/excel uses no member newer than the manifest’s requirement set', () => {
    const folder = join(__dirname, '../../src/excel');
    const tooNew: string[] = [];
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const name of usedNames(source)) {
        const set = lowest.get(name);
        const detected = name in FEATURE_DETECTED && detects(source, FEATURE_DETECTED[name]);
        if (set !== undefined && set > limit && !(name in NOT_EXCEL) && !detected) tooNew.push(`${file}: ${name} (ExcelApi ${set.toFixed(2)})`);
      }
    }
    expect(tooNew).toEqual([]);
  });
});
