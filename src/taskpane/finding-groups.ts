import type { Finding, Severity } from "../core";

export const SEVERITY_ORDER: ReadonlyArray<Severity> = ["error", "warning", "shortfall"];

const RANK: Record<Severity, number> = { error: 0, warning: 1, shortfall: 2 };

export interface SheetFindings {
  readonly sheet: string;
  readonly findings: ReadonlyArray<Finding>;
}

export type SeverityFilter = Severity | "all";

export function countBySeverity(findings: ReadonlyArray<Finding>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, shortfall: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * Findings grouped by sheet for the pane: within a sheet errors come first, then warnings, then shortfalls,
 * each in the engine's order (which follows the rows). Sheets whose worst finding is an error come first,
 * so what blocks submission is at the top; otherwise sheets keep the order in which the report names them.
 * A severity filter keeps that order and only drops what it hides.
 */
export function groupFindings(
  findings: ReadonlyArray<Finding>,
  filter: SeverityFilter = "all"
): SheetFindings[] {
  const bySheet = new Map<string, Array<{ finding: Finding; index: number }>>();
  findings.forEach((finding, index) => {
    const list = bySheet.get(finding.sheet);
    if (list) list.push({ finding, index });
    else bySheet.set(finding.sheet, [{ finding, index }]);
  });
  // Sheets are placed by all their findings, so a filter hides groups without moving the others around.
  const groups = [...bySheet.entries()].map(([sheet, list], appearance) => {
    const ordered = list
      .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
      .map((entry) => entry.finding);
    return { sheet, findings: ordered, worst: RANK[ordered[0].severity], appearance };
  });
  groups.sort((a, b) => a.worst - b.worst || a.appearance - b.appearance);
  return groups
    .map(({ sheet, findings: list }) => ({
      sheet,
      findings: filter === "all" ? list : list.filter((finding) => finding.severity === filter),
    }))
    .filter((group) => group.findings.length > 0);
}
