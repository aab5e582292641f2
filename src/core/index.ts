/** The engine's public face: what the pane, the Excel host, the preview and the command line import. */
export { validateWorkbook } from './validate';
export { hasCommitteeSheets } from './committee-sheets';
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
// Header mapping: the committee's own sheet names and headers, saved in the workbook.
export { EMPTY_MAPPING, type HeaderMapping } from './mapping-types';
export { mappingEntries, mappingFromEntries, mergeMappings, isEmptyMapping, type MappingEntry } from './mapping-entries';
export { MAPPING_SHEET_NAME, MAPPING_TITLE, isMappingSheetName, readMapping, mappingRows, mappingSheet, withMapping } from './mapping-sheet';
export { mappingNeeds, sheetNeed, headerChoices, unrecognisedSheets, type MappingNeed, type HeaderChoice } from './mapping-needs';
// Goals editor and the standard sheets: what the pane edits and what every host writes.
export { type GoalRow } from './mapping-types';
export { readGoalRows, draftOf, DEFAULT_GOAL_ROWS, type GoalDraft, type GoalEntry, type GoalOrigin, type WorkbookGoals } from './goal-rows';
export { checkGoalRow, checkGoalRows, scopesFor, scopeLabel, parseGoalValue, OPERATOR_CHOICES, type GoalCheck, type GoalField } from './goal-check';
export { planGoalsSheet, needsTextFormat, type GoalsSheetPlan, type GoalCellWrite, type GoalRowClear } from './goals-sheet-plan';
export { withGoalsWritten, withStandardSheets, templateSheetSnapshot } from './authoring-snapshot';
// What the host's Excel can do (feature gating) and the self-check's results, as the pane shows them.
export type { BilingualText, HostFeature, HostFeatureId, HostFeatures, SelfCheckRow, SelfCheckResult } from './host-features';
export { unitRowPlaces, unitNames, type UnitRowPlace } from './unit-rows';
export { unitBarChart, type UnitBar, type UnitBarChart } from './unit-bars';
export type { WorkbookHost, StoredState } from './host';
