import { GOAL_SCOPES, INDICATOR_DEFS, OPERATORS, type GoalScope } from "./form";
import type {
  Goal,
  IndicatorId,
  IndicatorResult,
  Lang,
  Severity,
  StampState,
} from "../model/report";

const STATUS_LABELS: Record<IndicatorResult["status"], Record<Lang, string>> = {
  met: { vi: "Đạt", en: "Met" },
  shortfall: { vi: "Chưa đạt", en: "Shortfall" },
  "no-goal": { vi: "Không có mục tiêu", en: "No goal" },
  "n/a": { vi: "Không áp dụng", en: "N/A" },
};

const SEVERITY_LABELS: Record<Severity, Record<Lang, { one: string; many: string }>> = {
  error: { vi: { one: "Lỗi", many: "Lỗi" }, en: { one: "Error", many: "Errors" } },
  warning: { vi: { one: "Cảnh báo", many: "Cảnh báo" }, en: { one: "Warning", many: "Warnings" } },
  shortfall: {
    vi: { one: "Chưa đạt mục tiêu", many: "Chưa đạt mục tiêu" },
    en: { one: "Shortfall", many: "Shortfalls" },
  },
};

export function indicatorTitle(id: IndicatorId, lang: Lang): string {
  return INDICATOR_DEFS[id].title[lang];
}

/** The verdict on every face (pane, report sheet, command line): ready to submit, or how many errors to fix. */
export function verdictText(ready: boolean, errors: number, lang: Lang): string {
  if (ready) return lang === "vi" ? "Sẵn sàng nộp" : "Ready to submit";
  if (lang === "vi") return `${errors} lỗi cần sửa`;
  return errors === 1 ? "1 error to fix" : `${errors} errors to fix`;
}

/** A goal scope's name, as the goals sheet takes it and every face shows it (`Toàn đảng bộ`, `Committee`). */
export function scopeLabel(scope: GoalScope, lang: Lang): string {
  return GOAL_SCOPES.find((candidate) => candidate.id === scope)?.labels?.[lang] ?? scope;
}

/** The committee as a scope: the name of its figures on every face. */
const STAMP_STATE_LABELS: Readonly<Record<StampState, Readonly<Record<Lang, string>>>> = {
  none: { vi: "chưa đóng dấu", en: "not stamped" },
  unchanged: { vi: "đã đóng dấu, không đổi", en: "stamped, unchanged" },
  changed: { vi: "đã đổi sau khi đóng dấu", en: "changed since stamped" },
};

/** What a workbook's stamp says, in words (lower case: the face capitalises as it needs). */
export function stampStateLabel(state: StampState, lang: Lang): string {
  return STAMP_STATE_LABELS[state][lang];
}

export function committeeLabel(lang: Lang): string {
  return scopeLabel("committee", lang);
}

export function statusLabel(status: IndicatorResult["status"], lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

export function severityLabel(severity: Severity, lang: Lang, count = 1): string {
  const label = SEVERITY_LABELS[severity][lang];
  return count === 1 ? label.one : label.many;
}

/** `93,08` in Vietnamese, `93.08` in English: two decimals, the decimal mark of the language. */
export function formatDecimal(value: number, lang: Lang, decimals = 2): string {
  const fixed = value.toFixed(decimals);
  return lang === "vi" ? fixed.replace(".", ",") : fixed;
}

/** A rate as people read it: `93,08 %` (vi) or `93.08%` (en); a dash when there is none. */
export function formatRate(value: number | null, lang: Lang): string {
  if (value === null) return "—";
  return lang === "vi" ? `${formatDecimal(value, lang)} %` : `${formatDecimal(value, lang)}%`;
}

/** The one indicator shown in percentage points rather than percent. */
/**
 * A change in percentage points, signed: `+8,46 điểm %`; in English `+8.46 pp` in tables, `+8.46 points` in
 * the running text of a message (`unit: 'words'`).
 */
export function formatPoints(value: number, lang: Lang, unit: "short" | "words" = "short"): string {
  const sign = value > 0 ? "+" : "";
  const english = unit === "short" ? "pp" : "points";
  return `${sign}${formatDecimal(value, lang)} ${lang === "vi" ? "điểm %" : english}`;
}

export function formatIndicatorValue(id: IndicatorId, value: number | null, lang: Lang): string {
  if (value === null) return "—";
  if (INDICATOR_DEFS[id].unit === "points") return formatPoints(value, lang);
  return formatRate(value, lang);
}

/**
 * A number as people of the language write it: `6.300` and `93,08` (vi),
 * `6,300` and `93.08` (en); at most `maxDecimals` decimals, trailing zeros dropped.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let fraction = dot < 0 ? "" : fixed.slice(dot + 1);
  while (fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  const groupMark = lang === "vi" ? "." : ",";
  let grouped = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += groupMark;
    grouped += whole[i];
  }
  const negative = value < 0 && (grouped !== "0" || fraction !== "");
  return `${negative ? "-" : ""}${grouped}${fraction ? (lang === "vi" ? "," : ".") + fraction : ""}`;
}

/** A goal as people read it: `> 90 %`, `≥ 100 %`, `≥ 5,00 điểm %` for the rate change. */
export function formatGoal(id: IndicatorId, goal: Goal, lang: Lang): string {
  const symbol =
    OPERATORS.find((operator) => operator.id === goal.operator)?.symbol ?? goal.operator;
  if (INDICATOR_DEFS[id].unit === "points")
    return `${symbol} ${formatNumber(goal.value, lang)} ${lang === "vi" ? "điểm %" : "pp"}`;
  return lang === "vi"
    ? `${symbol} ${formatNumber(goal.value, lang)} %`
    : `${symbol} ${formatNumber(goal.value, lang)}%`;
}
