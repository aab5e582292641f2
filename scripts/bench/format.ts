/** How the benchmark prints figures: plain markdown, pasteable into the README. */

export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function mb(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "—" : `${value.toFixed(0)} MB`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US");
}

export function perSecond(rows: number, milliseconds: number): string {
  if (!(milliseconds > 0)) return "—";
  const rate = rows / (milliseconds / 1000);
  if (rate >= 1e6) return `${(rate / 1e6).toFixed(2)} M/s`;
  if (rate >= 1e3) return `${(rate / 1e3).toFixed(0)} k/s`;
  return `${rate.toFixed(0)}/s`;
}

export function ratio(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}

export function runsList(runsMs: readonly number[]): string {
  return runsMs.map((run) => ms(run)).join(", ");
}

export function markdownTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
