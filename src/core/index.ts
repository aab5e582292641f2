/** The engine's public face: what the pane, the Excel host, the preview and the command line import. */
export { validateWorkbook } from './validate';
export {
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  INDICATORS,
  OPERATORS,
  UNIT_TYPES,
  DIRECTIONS,
  GOAL_SCOPES,
  type SheetId,
  type SheetDef,
  type FieldDef,
  type FieldKind,
  type EnumValue,
  type Bilingual,
  type SummaryItemDef,
  type SummaryItemId,
  type IndicatorDef,
} from './form';
export { normaliseHeader, normaliseKey, foldDiacritics } from './normalise';
export { cellAddress, columnLetters } from './address';
export { parseNumberText } from './numbers';
export { CATALOGUE, renderMessage, severityOf } from './catalogue';
export { DEFAULT_GOALS } from './goals';
export {
  indicatorTitle,
  statusLabel,
  severityLabel,
  formatRate,
  formatIndicatorValue,
  formatDecimal,
  formatNumber,
  formatGoal,
} from './labels';
export type * from './report';
export type * from './snapshot';
export { EMPTY_CELL } from './snapshot';
