/**
 * Every indicator of the spec for its scopes, judged against its goal by exact
 * arithmetic; each one that misses its goal also raises `goal-shortfall`.
 */
import {
  compareNumbers,
  goalRatio,
  neededItems,
  ratioOf,
  satisfies,
  type GoalRatio,
} from "../helpers/exact";
import { INDICATOR_DEFS, type GoalScope, type SheetId } from "../form/form";
import { FindingList, type Place } from "../findings/findings";
import { GoalBook } from "../form/goals";
import { keepLayout } from "../helpers/kept-layouts";
import { formatGoal, formatIndicatorValue, indicatorTitle } from "../form/labels";
import type { MessageValue } from "../form/catalogue";
import type { Goal, IndicatorId, IndicatorResult, Lang } from "../model/report";
import { checkAdmissions } from "../rules/admissions";
import type { AttainmentFacts } from "../rules/attainment";
import { checkPrivateUnits } from "../rules/private-units";
import { checkLeaderTargets, type LeaderTargetsFacts } from "../rules/leader-targets";
import { round2 } from "../rules/sheet-values";
import { checkUnits } from "../rules/units";
import { checkVillageHeads, type VillageHeadsFacts } from "../rules/village-heads";
import { fieldIndex, type SheetRead } from "../reading/sheet-reader";

export interface IndicatorInputs {
  readonly admissions: AttainmentFacts;
  readonly villageHeads: VillageHeadsFacts;
  readonly privateUnits: AttainmentFacts;
  readonly leaderTargets: LeaderTargetsFacts;
  readonly goals: GoalBook;
  readonly reads: Partial<Record<SheetId, SheetRead>>;
  readonly findings: FindingList;
  readonly lang: Lang;
}

/** One measurement: numerator ÷ denominator × 100. */
interface Measure {
  readonly numerator: number;
  readonly denominator: number;
  /** `needed` counts whole items added to the numerator (members admitted, heads, organisations, targets met). */
  readonly countBased: boolean;
  /** The numerator can never exceed the denominator (heads ≤ groups, targets met ≤ targets). */
  readonly capped?: boolean;
}

/** One measurement as a computation gives it; whether it is count-based is the indicator's (form.ts). */
interface Figures {
  readonly numerator: number;
  readonly denominator: number;
  readonly capped?: boolean;
  readonly whole?: boolean;
}

/** Whom a result is about and where its shortfall points; the message text is built only for a shortfall. */
type Subject =
  | { readonly kind: "committee"; readonly scope: "committee"; readonly row?: undefined }
  | { readonly kind: "unit"; readonly scope: string; readonly row: number; readonly name: string }
  | {
      readonly kind: "leader-row";
      readonly scope: string;
      readonly row: number;
      readonly leader: string;
      readonly indicator: string;
    };

function subjectText(subject: Subject): MessageValue {
  switch (subject.kind) {
    case "committee":
      return { phrase: "committee" };
    case "unit":
      return { phrase: "unit", params: { name: subject.name, code: subject.scope } };
    case "leader-row":
      return {
        phrase: "leader-row",
        params: { leader: subject.leader, indicator: subject.indicator },
      };
  }
}

const HUNDRED: GoalRatio = goalRatio({ n: BigInt(100), d: BigInt(1) });

/** A goal's exact ratio, parsed once per goal rather than once per unit it is applied to. */
const goalRatios = new WeakMap<Goal, GoalRatio | null>();

function goalRatioOf(goal: Goal): GoalRatio | null {
  let ratio = goalRatios.get(goal);
  if (ratio === undefined) {
    const exact = ratioOf(goal.value);
    ratio = exact ? goalRatio(exact) : null;
    goalRatios.set(goal, ratio);
  }
  return ratio;
}

export function evaluate(
  id: IndicatorId,
  scope: string,
  measure: Measure,
  goal: Goal | null
): IndicatorResult {
  const { numerator, denominator } = measure;
  // A value that overflows (a result of 2E+306 × 100) is not a figure: `n/a`, never Infinity shown as null and "met".
  const percent = denominator !== 0 ? round2((numerator / denominator) * 100) : Number.NaN;
  const value = Number.isFinite(percent) ? percent : null;
  if (value === null)
    return { id, scope, numerator, denominator, value, goal, status: "n/a", needed: null };
  const ratio = goal ? goalRatioOf(goal) : null;
  if (!goal || !ratio)
    return { id, scope, numerator, denominator, value, goal, status: "no-goal", needed: null };
  const met = satisfies(compareNumbers(numerator, denominator, ratio), goal.operator);
  let needed: number | null = null;
  if (measure.countBased) {
    needed = met ? 0 : neededItems(numerator, denominator, goal.operator, ratio.ratio);
    if (needed !== null && measure.capped && numerator + needed > denominator) needed = null;
  }
  return {
    id,
    scope,
    numerator,
    denominator,
    value,
    goal,
    status: met ? "met" : "shortfall",
    needed,
  };
}

/** An upper bound on the results: one per committee indicator, one per row of a unit's sheet (two for village heads). */
function mostResults({
  admissions,
  villageHeads,
  privateUnits,
  leaderTargets,
}: IndicatorInputs): number {
  const committeeResults = 5;
  return (
    committeeResults +
    admissions.rowNumbers.length +
    2 * villageHeads.rows.length +
    privateUnits.rowNumbers.length +
    leaderTargets.rows.length
  );
}

class IndicatorList {
  /**
   * Sized for every result there can be (growing a list of 150,000 by push would copy it a dozen times), cut to
   * `count` by finish().
   */
  private readonly results: IndicatorResult[];
  private count = 0;

  constructor(private readonly inputs: IndicatorInputs) {
    this.results = new Array<IndicatorResult>(mostResults(inputs));
  }

  /** The results in the order added. */
  finish(): IndicatorResult[] {
    this.results.length = this.count;
    return this.results;
  }

  /** `whole`: the row is higher-is-better with whole numbers (what `countBased: 'whole'` asks of an indicator). */
  add(id: IndicatorId, goalScope: GoalScope, subject: Subject, figures: Figures): void {
    const rule = INDICATOR_DEFS[id].countBased;
    const measure: Measure = {
      numerator: figures.numerator,
      denominator: figures.denominator,
      countBased: rule === "always" || (rule === "whole" && figures.whole === true),
      capped: figures.capped,
    };
    const result = evaluate(id, subject.scope, measure, this.goal(id, goalScope));
    this.results[this.count++] = result;
    if (result.status === "shortfall") this.raiseShortfall(result, subject);
  }

  /** The goal of the last indicator and scope asked: units come one indicator at a time, 100,000 of them. */
  private last: { id: IndicatorId; scope: GoalScope; goal: Goal | null } | null = null;

  private goal(id: IndicatorId, scope: GoalScope): Goal | null {
    const last = this.last;
    if (last && last.id === id && last.scope === scope) return last.goal;
    const goal = this.inputs.goals.get(id, scope);
    this.last = { id, scope, goal };
    return goal;
  }

  private raiseShortfall(result: IndicatorResult, subject: Subject): void {
    const definition = INDICATOR_DEFS[result.id];
    const read = this.inputs.reads[definition.sheet];
    if (!read || !result.goal) return;
    const lang = this.inputs.lang;
    const col = read.cols[fieldIndex(read.def, definition.numeratorField)];
    const hasCell = subject.row !== undefined && col !== undefined && col >= 0;
    const place: Place = {
      sheet: read.place.sheet,
      order: read.place.order,
      sheetId: read.def.id,
      ...(hasCell ? { row: subject.row, col } : {}),
    };
    const needed = result.needed;
    this.inputs.findings.add("goal-shortfall", place, {
      field: definition.numeratorField,
      variant: needed !== null && needed > 0 ? "default" : "plain",
      expected: `${result.goal.operator} ${result.goal.value}`,
      actual: result.value ?? undefined,
      ...(needed !== null ? { needed } : {}),
      params: {
        indicator: indicatorTitle(result.id, lang),
        subject: subjectText(subject),
        value: formatIndicatorValue(result.id, result.value, lang),
        goal: formatGoal(result.id, result.goal, lang),
        needed: needed ?? undefined,
        noun: definition.noun[lang],
      },
    });
  }
}

const COMMITTEE: Subject = { kind: "committee", scope: "committee" };

function unitSubject(code: string, name: string | undefined, row: number): Subject {
  return { kind: "unit", scope: code, row, name: name ?? code };
}

function addAttainment(list: IndicatorList, id: IndicatorId, facts: AttainmentFacts): void {
  const { links, rowNumbers } = facts;
  let achievedSum = 0;
  let targetSum = 0;
  for (let i = 0; i < rowNumbers.length; i++) {
    const achieved = facts.achieved.number(i);
    const target = facts.target.number(i);
    if (achieved === null || target === null || !links.codes.hasText(i)) continue;
    achievedSum += achieved;
    targetSum += target;
  }
  list.add(id, "committee", COMMITTEE, { numerator: achievedSum, denominator: targetSum });
  for (let i = 0; i < rowNumbers.length; i++) {
    const achieved = facts.achieved.number(i);
    const target = facts.target.number(i);
    if (achieved === null || target === null || target <= 0 || links.first[i] !== 1) continue;
    const unit = links.unitAt(i);
    const code = unit?.code ?? links.codes.text(i) ?? "";
    list.add(id, "each-unit", unitSubject(code, unit?.name, rowNumbers[i]), {
      numerator: achieved,
      denominator: target,
    });
  }
}

function addVillageHeads(list: IndicatorList, facts: VillageHeadsFacts): void {
  let groups = 0;
  let now = 0;
  // The change needs the start of the year too; rows without it are left out of the change only.
  let changeGroups = 0;
  let changeMembers = 0;
  for (const row of facts.rows) {
    groups += row.groups;
    now += row.now;
    if (row.start === null) continue;
    changeGroups += row.groups;
    changeMembers += row.now - row.start;
  }
  const perUnit = facts.rows.filter((row) => row.perUnit);
  list.add("village-head-rate", "committee", COMMITTEE, {
    numerator: now,
    denominator: groups,
    capped: true,
  });
  for (const row of perUnit) {
    list.add(
      "village-head-rate",
      "each-unit",
      unitSubject(row.unit?.code ?? row.code, row.unit?.name, row.row),
      {
        numerator: row.now,
        denominator: row.groups,
        capped: true,
      }
    );
  }
  // In percentage points: (now − start) ÷ groups × 100.
  list.add("village-head-rate-change", "committee", COMMITTEE, {
    numerator: changeMembers,
    denominator: changeGroups,
  });
  for (const row of perUnit) {
    // Per commune only (spec): a village's one head moves its rate by 0 or 100 points.
    if (row.start === null || row.unit?.type === "village") continue;
    list.add(
      "village-head-rate-change",
      "each-unit",
      unitSubject(row.unit?.code ?? row.code, row.unit?.name, row.row),
      {
        numerator: row.now - row.start,
        denominator: row.groups,
      }
    );
  }
}

function addLeaderTargets(list: IndicatorList, facts: LeaderTargetsFacts): void {
  let reported = 0;
  let met = 0;
  for (const row of facts.rows) {
    const lower = row.direction === "lower";
    const numerator = lower ? row.target : row.actual;
    const denominator = lower ? row.actual : row.target;
    const subject: Subject = {
      kind: "leader-row",
      scope: row.targetCell,
      row: row.row,
      leader: row.leader,
      indicator: row.indicator,
    };
    list.add("leader-target-attainment", "each-unit", subject, {
      numerator,
      denominator,
      whole:
        !lower &&
        Number.isSafeInteger(row.actual) &&
        Number.isSafeInteger(row.target) &&
        row.target > 0,
    });
    if (denominator === 0) continue;
    reported++;
    if (compareNumbers(numerator, denominator, HUNDRED) >= 0) met++;
  }
  list.add("leader-targets-met", "committee", COMMITTEE, {
    numerator: met,
    denominator: reported,
    capped: true,
  });
}

export function computeIndicators(inputs: IndicatorInputs): IndicatorResult[] {
  const list = new IndicatorList(inputs);
  addAttainment(list, "admission-attainment", inputs.admissions);
  addVillageHeads(list, inputs.villageHeads);
  addAttainment(list, "private-units-attainment", inputs.privateUnits);
  addLeaderTargets(list, inputs.leaderTargets);
  // Added in the spec's order of indicators: committee first, then units or rows in sheet order.
  return list.finish();
}

// Kept idle so that V8 keeps the layout of an indicator list (helpers/kept-layouts.ts): the list of a workbook
// without sheets, its inputs given in validateWorkbook's order.
const noUnits = checkUnits(null);
keepLayout(
  new IndicatorList({
    admissions: checkAdmissions(null, noUnits),
    villageHeads: checkVillageHeads(null, noUnits, "vi"),
    privateUnits: checkPrivateUnits(null, noUnits),
    leaderTargets: checkLeaderTargets(null, noUnits),
    goals: new GoalBook([]),
    reads: {},
    findings: new FindingList("vi"),
    lang: "vi",
  })
);
