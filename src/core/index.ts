/** The engine's public face: what the pane, the Excel host, the preview and the command line import. */
export {
  validateWorkbook,
  checkWorkbook,
  type CommitteeTotals,
  type WorkbookCheck,
} from "./validate";
export { hasCommitteeSheets } from "./reading/committee-sheets";
export {
  SHEETS,
  SHEET_IDS,
  SUMMARY_ITEMS,
  INDICATORS,
  OPERATORS,
  UNIT_TYPES,
  DIRECTIONS,
  GOAL_SCOPES,
  INDICATOR_DEFS,
  indicatorDef,
  scopesFor,
  type GoalScope,
  INDICATOR_IDS,
  fieldDef,
  type SheetId,
  type SheetDef,
  type FieldDef,
  type FieldKind,
  type EnumValue,
  type Bilingual,
  type SummaryItemDef,
  type SummaryItemId,
  type IndicatorDef,
} from "./form/form";
export { normaliseHeader, normaliseKey, foldDiacritics } from "./helpers/normalise";
export { cellAddress, columnLetters, parseCellAddress } from "./helpers/address";
export { parseNumberText } from "./helpers/numbers";
export { CATALOGUE, renderMessage, severityOf } from "./form/catalogue";
export { DEFAULT_GOALS, type ScopedGoal } from "./form/goals";
export {
  indicatorTitle,
  statusLabel,
  verdictText,
  scopeLabel,
  committeeLabel,
  stampStateLabel,
  severityLabel,
  formatRate,
  formatIndicatorValue,
  formatDecimal,
  formatNumber,
  formatGoal,
} from "./form/labels";
export type * from "./model/report";
export type * from "./model/snapshot";
export { EMPTY_CELL } from "./model/snapshot";
export { SheetGrid, gridSheet, rowsOf, type RowSource } from "./model/sheet-grid";
export { findSheet } from "./reading/sheet-reader";
// The one interface between the pane and a workbook (Excel, the preview, tests).
export { HostError, type HostErrorReason, type StoredState, type WorkbookHost } from "./host";
// Header mapping: the committee's own sheet names and headers, saved in the workbook.
export { EMPTY_MAPPING, type HeaderMapping } from "./form/mapping-types";
export {
  mappingEntries,
  mappingFromEntries,
  mergeMappings,
  isEmptyMapping,
  type MappingEntry,
} from "./form/mapping-entries";
export {
  MAPPING_COLUMNS,
  MAPPING_SHEET_NAME,
  MAPPING_TITLE,
  isMappingSheetName,
  readMapping,
  mappingRows,
  mappingSheet,
  withMapping,
} from "./reading/mapping-sheet";
export {
  mappingNeeds,
  sheetNeed,
  headerChoices,
  unrecognisedSheets,
  type MappingNeed,
  type HeaderChoice,
} from "./authoring/mapping-needs";
// Goals editor and the standard sheets: what the pane edits and what every host writes.
/** @deprecated The goal shape is `ScopedGoal` now; this alias only helps branches written before the rename to merge. */
export type { ScopedGoal as GoalRow } from "./form/goals";
export {
  readGoalRows,
  draftOf,
  type GoalDraft,
  type GoalEntry,
  type GoalOrigin,
  type WorkbookGoals,
} from "./authoring/goal-rows";
export {
  checkGoalRow,
  checkGoalRows,
  parseGoalValue,
  type GoalCheck,
  type GoalField,
} from "./authoring/goal-check";
export {
  planGoalsSheet,
  needsTextFormat,
  type GoalsSheetPlan,
  type GoalCellWrite,
  type GoalRowClear,
} from "./authoring/goals-sheet-plan";
export {
  withGoalsWritten,
  withStandardSheets,
  templateSheetSnapshot,
} from "./authoring/authoring-snapshot";
export {
  standardWorkbook,
  sheetsReferredTo,
  isStrict,
  type StandardWorkbook,
  type TemplateCell,
  type TemplateSheet,
  type TemplateValidation,
} from "./authoring/template";
export { presentSheetName } from "./authoring/template-places";
export { templateCalcBook } from "./authoring/template-results";
export {
  calculate,
  isCalcError,
  type CalcBook,
  type CalcTable,
  type CalcValue,
} from "./authoring/template-calc";
// The stamp: canonical form data (hosts hash it), the stamp sheet's rows, and what a workbook's stamp says.
export {
  STAMP_SHEET_NAME,
  STAMP_TITLE,
  formDataText,
  stampRows,
  makeStamp,
  readStamp,
  stampState,
  isStampSheetName,
  withStamp,
  type Stamp,
} from "./reading/stamp";
export type { CommitteeIdentity } from "./reading/committee-identity";
export { PROGRAM_VERSION } from "./model/version";
// The level above: the roll-up of many committees' workbooks.
export {
  planRollup,
  rollupSheets,
  fileStem,
  type RollupInput,
  type RollupPlan,
  type RolledUnit,
  type InputLine,
  type InputVerdict,
  type RollupSheet,
} from "./authoring/rollup";
// What the host's Excel can do (feature gating) and the self-check's results, as the pane shows them.
export type {
  BilingualText,
  HostFeature,
  HostFeatureId,
  HostFeatures,
  SelfCheckRow,
  SelfCheckResult,
} from "./model/host-features";
// Bars per unit against the goal line: the pane's pictures and the roll-up's.
export { unitRowPlaces, unitNames, type UnitRowPlace } from "./reading/unit-rows";
export { unitBarChart, type UnitBar, type UnitBarChart } from "./indicators/unit-bars";
