/** The engine's entry point: a workbook snapshot in, the report out. Pure, and never throws. */
import { FindingList } from "./findings/findings";
import { SHEETS, SHEET_IDS } from "./form/form";
import { DEFAULT_GOALS, GoalBook, type ScopedGoal } from "./form/goals";
import { computeIndicators } from "./indicators/indicators";
import { addLegacyFindings } from "./rules/legacy-findings";
import { committeeIdentity, type CommitteeIdentity } from "./reading/committee-identity";
import { readFormSheets } from "./reading/form-sheets";
import type { Lang, Locale, Report, ValidateOptions } from "./model/report";
import { checkAdmissions } from "./rules/admissions";
import { readGoals } from "./rules/goals-sheet";
import { checkLeaderTargets } from "./rules/leader-targets";
import { checkPrivateUnits } from "./rules/private-units";
import { checkSummary } from "./rules/summary";
import { checkTotals } from "./rules/totals";
import { checkUnits } from "./rules/units";
import { checkVillageHeads } from "./rules/village-heads";
import type { WorkbookSnapshot } from "./model/snapshot";
import { checkStamp } from "./rules/stamp-check";

function chosenLang(lang: unknown): Lang {
  return lang === "en" ? "en" : "vi";
}

function chosenLocale(locale: unknown): Locale {
  return locale === "en-US" ? "en-US" : "vi-VN";
}

/**
 * The committee's own sums as the engine read them (null where the sheet or column is absent or a cell
 * unreadable): what the level above adds up when it rolls workbooks up.
 */
export interface CommitteeTotals {
  readonly members: number | null;
  readonly admissionTarget: number | null;
  readonly admitted: number | null;
  readonly groups: number | null;
  readonly headsStart: number | null;
  readonly headsNow: number | null;
  readonly privateTarget: number | null;
  readonly established: number | null;
}

export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions): Report {
  return checkSheets(snapshot, options).report;
}

/** The report and the committee's totals, from one read of the workbook. */
export interface WorkbookCheck {
  readonly report: Report;
  readonly totals: CommitteeTotals;
  /** The usable goals of the workbook's goals sheet (empty when it has none: the defaults applied). */
  readonly goals: ReadonlyArray<ScopedGoal>;
  /**
   * The units' codes as keys (normalised), sorted: two workbooks listing the same units are one committee's.
   * Worked out when first read (a single workbook's check never needs them), then kept.
   */
  readonly unitKeys: ReadonlyArray<string>;
  /** Who the workbook is from, as its summary names it. */
  readonly committee: CommitteeIdentity;
}

/** What one check of the workbook leaves behind: the report, and the sheets' facts the extras are taken from. */
interface CheckedSheets {
  readonly report: Report;
  readonly units: ReturnType<typeof checkUnits>;
  readonly admissions: ReturnType<typeof checkAdmissions>;
  readonly villageHeads: ReturnType<typeof checkVillageHeads>;
  readonly privateUnits: ReturnType<typeof checkPrivateUnits>;
  readonly workbookGoals: ReadonlyArray<ScopedGoal>;
  readonly summary: ReturnType<typeof readFormSheets>["reads"]["summary"];
}

/**
 * The report and the committee's totals, goals, unit keys and name. validateWorkbook skips the extras: sorting
 * 100,000 unit keys alone costs as much as reading the units sheet.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions): WorkbookCheck {
  const checked = checkSheets(snapshot, options);
  let unitKeys: string[] | undefined;
  return {
    report: checked.report,
    totals: committeeTotals(checked),
    goals: checked.workbookGoals,
    // Listing the units makes one object per unit and sorts them: as long as the check itself, at 100,000 units.
    get unitKeys() {
      return (unitKeys ??= sortedUnitKeys(checked.units));
    },
    committee: committeeIdentity(checked.summary),
  };
}

function checkSheets(snapshot: WorkbookSnapshot, options: ValidateOptions): CheckedSheets {
  const lang = chosenLang(options?.lang);
  const locale = chosenLocale(options?.locale);
  const findings = new FindingList(lang);
  const { workbook, reads } = readFormSheets(snapshot, {
    findings,
    locale,
    lang,
    converted: (legacy) => addLegacyFindings(findings, legacy),
    each: (id, read, specIndex) => {
      if (read) {
        checkTotals(read);
      } else if (SHEETS[id].required) {
        // Missing sheets sort before every sheet of the workbook, in the spec's order.
        const def = SHEETS[id];
        findings.add(
          "missing-sheet",
          { sheet: def.names[lang], order: specIndex - SHEET_IDS.length },
          { params: { sheet: def.names[lang], vi: def.names.vi, en: def.names.en } }
        );
      }
    },
  });
  const units = checkUnits(reads.units ?? null);
  const admissions = checkAdmissions(reads.admissions ?? null, units);
  const villageHeads = checkVillageHeads(reads["village-heads"] ?? null, units, lang);
  const privateUnits = checkPrivateUnits(reads["private-units"] ?? null, units);
  const leaderTargets = checkLeaderTargets(reads["leader-targets"] ?? null, units);
  const workbookGoals = readGoals(reads.goals ?? null, lang);
  checkSummary(reads.summary ?? null, { units, admissions, villageHeads }, lang);
  checkStamp(workbook, options?.formDataHash, findings);

  const goalsSource = workbookGoals.length > 0 ? "workbook" : "default";
  const goals = new GoalBook(goalsSource === "workbook" ? workbookGoals : DEFAULT_GOALS);
  const indicators = computeIndicators({
    admissions,
    villageHeads,
    privateUnits,
    leaderTargets,
    goals,
    reads,
    findings,
    lang,
  });

  const sorted = findings.sorted();
  const counts = { error: 0, warning: 0, shortfall: 0 };
  for (const finding of sorted) counts[finding.severity]++;
  const report: Report = {
    workbook: typeof options?.workbook === "string" ? options.workbook : "",
    ready: counts.error === 0,
    counts,
    goalsSource,
    findings: sorted,
    indicators,
  };
  return {
    report,
    units,
    admissions,
    villageHeads,
    privateUnits,
    workbookGoals,
    summary: reads.summary,
  };
}

function committeeTotals({
  units,
  admissions,
  villageHeads,
  privateUnits,
}: CheckedSheets): CommitteeTotals {
  const startRows = villageHeads.rows.filter((row) => row.start !== null);
  return {
    members: units.members,
    admissionTarget: admissions.targetSum,
    admitted: admissions.achievedSum,
    groups: villageHeads.groupsSum,
    headsStart:
      startRows.length === 0 ? null : startRows.reduce((sum, row) => sum + (row.start ?? 0), 0),
    headsNow: villageHeads.nowSum,
    privateTarget: privateUnits.targetSum,
    established: privateUnits.achievedSum,
  };
}

/**
 * The units' codes as keys, sorted by UTF-16 code units (what sort() does without a comparator, faster). Already
 * unique: a unit is each key's first row, and the index never adds a second one.
 */
function sortedUnitKeys(units: CheckedSheets["units"]): string[] {
  return units.units.map((unit) => unit.key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
