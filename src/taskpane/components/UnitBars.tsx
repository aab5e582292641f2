import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import {
  formatGoal,
  formatIndicatorValue,
  formatNumber,
  indicatorTitle,
  normaliseKey,
  readMapping,
  unitBarChart,
  unitNames,
  unitRowPlaces,
} from "../../core";
import type {
  IndicatorId,
  IndicatorResult,
  UnitBar,
  UnitBarChart,
  UnitRowPlace,
  WorkbookSnapshot,
} from "../../core";
import { usePaneText } from "../pane-text";

/** The two indicators drawn as bars: the ones the province follows unit by unit. */
export const BAR_INDICATORS: ReadonlyArray<IndicatorId> = [
  "village-head-rate",
  "admission-attainment",
];

const ROW = 22;
const LABEL = 124;
const BAR = 150;
const NEEDED = 60;
const WIDTH = LABEL + BAR + NEEDED;
/** Characters of a unit's name that fit in LABEL at the label's size. */
const LABEL_CHARS = 19;
const TOP = 14;

const TEXT = {
  vi: {
    heading: "Biểu đồ theo đơn vị",
    goal: "mục tiêu",
    noGoal: "chưa có mục tiêu",
    needed: (n: string) => `+${n}`,
    summary: (title: string, below: number, total: number, goal: string) =>
      `${title}: ${below} trên ${total} đơn vị dưới ${goal}. Bấm một thanh, hoặc chọn bằng phím mũi tên rồi Enter, để đến dòng của đơn vị.`,
    bar: (unit: string, value: string, below: boolean, needed: string | null) =>
      `${unit}: ${value}${below ? `, dưới mục tiêu${needed ? `, còn thiếu ${needed}` : ""}` : ""}. Đến dòng của đơn vị.`,
  },
  en: {
    heading: "Charts by unit",
    goal: "goal",
    noGoal: "no goal",
    needed: (n: string) => `+${n}`,
    summary: (title: string, below: number, total: number, goal: string) =>
      `${title}: ${below} of ${total} units below ${goal}. Click a bar, or pick one with the arrow keys and press Enter, to go to the unit's row.`,
    bar: (unit: string, value: string, below: boolean, needed: string | null) =>
      `${unit}: ${value}${below ? `, below the goal${needed ? `, ${needed} more needed` : ""}` : ""}. Go to the unit's row.`,
  },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  chart: { margin: 0 },
  caption: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    marginBottom: tokens.spacingVerticalXXS,
  },
  svg: { width: "100%", height: "auto", display: "block", overflow: "visible" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
  value: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  needed: {
    fill: tokens.colorStatusDangerForeground1,
    fontSize: "11px",
    fontWeight: tokens.fontWeightSemibold,
  },
  track: { fill: tokens.colorNeutralBackground3 },
  met: { fill: tokens.colorBrandBackground },
  below: { fill: tokens.colorStatusDangerBackground3 },
  line: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5, strokeDasharray: "3 2" },
  lineText: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  bar: {
    cursor: "pointer",
    outlineStyle: "none",
    ":focus-visible > rect:first-child": { stroke: tokens.colorStrokeFocus2, strokeWidth: 2 },
    ":hover > rect:first-child": { fill: tokens.colorNeutralBackground3Hover },
  },
});

export interface UnitBarsProps {
  readonly indicators: ReadonlyArray<IndicatorResult>;
  /** Unit code (as a key) → its row, per indicator; a bar without a place is not clickable. */
  readonly places: (id: IndicatorId) => ReadonlyMap<string, UnitRowPlace>;
  /** Unit code (as a key) → name. */
  readonly names?: ReadonlyMap<string, string>;
  readonly onGoTo: (place: UnitRowPlace) => void;
}

/** Cuts a long unit name to what fits beside a bar; the full name stays in the bar's accessible name and tooltip. */
function short(text: string, max = LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function Chart({
  chart,
  places,
  names,
  onGoTo,
}: {
  chart: UnitBarChart;
  places: ReadonlyMap<string, UnitRowPlace>;
  names?: ReadonlyMap<string, string>;
  onGoTo: (place: UnitRowPlace) => void;
}) {
  const styles = useStyles();
  const { lang } = usePaneText();
  const text = TEXT[lang];
  const title = indicatorTitle(chart.id, lang);
  const values = chart.bars.map((bar) => bar.value ?? 0);
  const scale = Math.max(100, chart.goal?.value ?? 0, ...values);
  const x = (value: number) => LABEL + (Math.max(0, value) / scale) * BAR;
  const height = TOP + chart.bars.length * ROW + 4;
  const goalText = chart.goal ? formatGoal(chart.id, chart.goal, lang) : text.noGoal;
  const below = chart.bars.filter((bar) => bar.below).length;
  const summary = text.summary(
    title,
    below,
    chart.bars.length,
    chart.goal ? `${text.goal} ${goalText}` : text.noGoal
  );
  const titleId = `bars-${chart.id}`;

  // One tab stop per chart (a roving tabindex): Tab moves past the chart, the arrow keys move between its bars.
  const [active, setActive] = useState(0);
  const barElements = useRef<Array<SVGGElement | null>>([]);
  const clickable = chart.bars.map((bar) => places.has(normaliseKey(bar.scope)));
  const firstClickable = clickable.indexOf(true);
  const current = clickable[active] ? active : firstClickable;
  const moveTo = (index: number) => {
    const step = index > current ? 1 : -1;
    let next = Math.max(0, Math.min(chart.bars.length - 1, index));
    while (next >= 0 && next < chart.bars.length && !clickable[next]) next += step;
    if (next < 0 || next >= chart.bars.length) return;
    setActive(next);
    barElements.current[next]?.focus();
  };

  const unitName = (bar: UnitBar) => names?.get(normaliseKey(bar.scope)) ?? bar.scope;
  const activate = (bar: UnitBar) => {
    const place = places.get(normaliseKey(bar.scope));
    if (place) onGoTo(place);
  };
  const onKey = (event: KeyboardEvent, bar: UnitBar, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: chart.bars.length - 1,
    };
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      activate(bar);
    } else if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    }
  };

  return (
    <figure className={styles.chart} data-bars={chart.id}>
      <figcaption id={titleId} className={styles.caption}>
        {title} · {text.goal} {goalText}
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
      >
        <desc id={`${titleId}-desc`}>{summary}</desc>
        {chart.bars.map((bar, index) => {
          const y = TOP + index * ROW;
          const name = unitName(bar);
          const value = formatIndicatorValue(chart.id, bar.value, lang);
          const needed =
            bar.needed !== null && bar.needed > 0 ? formatNumber(bar.needed, lang) : null;
          const label = text.bar(name, value, bar.below, needed);
          const canGo = clickable[index];
          return (
            <g
              key={bar.scope}
              ref={(element) => {
                barElements.current[index] = element;
              }}
              className={canGo ? styles.bar : undefined}
              role={canGo ? "button" : "img"}
              tabIndex={canGo ? (index === current ? 0 : -1) : undefined}
              aria-label={label}
              data-scope={bar.scope}
              data-below={bar.below}
              onClick={canGo ? () => (setActive(index), activate(bar)) : undefined}
              onFocus={canGo ? () => setActive(index) : undefined}
              onKeyDown={canGo ? (event) => onKey(event, bar, index) : undefined}
            >
              <rect x={0} y={y} width={WIDTH} height={ROW} fill="transparent" />
              <title>{label}</title>
              <text x={LABEL - 6} y={y + ROW / 2 + 4} textAnchor="end" className={styles.label}>
                {short(name)}
              </text>
              <rect x={LABEL} y={y + 4} width={BAR} height={ROW - 8} className={styles.track} />
              <rect
                x={LABEL}
                y={y + 4}
                width={x(bar.value ?? 0) - LABEL}
                height={ROW - 8}
                className={bar.below ? styles.below : styles.met}
              />
              <text
                x={LABEL + BAR + 4}
                y={y + ROW / 2 + 4}
                className={needed ? styles.needed : styles.value}
              >
                {needed ? text.needed(needed) : value}
              </text>
            </g>
          );
        })}
        {chart.goal && (
          <g aria-hidden="true">
            <line
              x1={x(chart.goal.value)}
              x2={x(chart.goal.value)}
              y1={TOP - 4}
              y2={height}
              className={styles.line}
            />
            <text
              x={x(chart.goal.value)}
              y={TOP - 6}
              textAnchor="middle"
              className={styles.lineText}
            >
              {goalText}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}

/**
 * Under the indicators: for the village-head rate and admission attainment, a compact bar per unit, lowest
 * first, the goal as a line, units below it in the error colour with the number still needed beside them.
 * Plain SVG; each bar is a button (click, Enter, Space) that goes to the unit's row, named for screen readers.
 */
export function UnitBars({ indicators, places, names, onGoTo }: UnitBarsProps) {
  const styles = useStyles();
  const { lang } = usePaneText();
  const charts = BAR_INDICATORS.map((id) => unitBarChart(id, indicators)).filter(
    (chart): chart is UnitBarChart => chart !== null && chart.bars.length > 0
  );
  if (charts.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="unit-bars-heading">
      <h3 id="unit-bars-heading" className={styles.heading}>
        {TEXT[lang].heading}
      </h3>
      {charts.map((chart) => (
        <Chart
          key={chart.id}
          chart={chart}
          places={places(chart.id)}
          names={names}
          onGoTo={onGoTo}
        />
      ))}
    </section>
  );
}

/** The bars for a report, with the rows and names looked up once per snapshot (the saved header mapping respected). */
export function UnitBarsForReport({
  indicators,
  snapshot,
  onGoTo,
}: {
  readonly indicators: ReadonlyArray<IndicatorResult>;
  readonly snapshot: WorkbookSnapshot;
  readonly onGoTo: (place: UnitRowPlace) => void;
}) {
  const lookups = useMemo(() => {
    const mapping = readMapping(snapshot);
    const byIndicator = new Map(
      BAR_INDICATORS.map((id) => [id, unitRowPlaces(snapshot, id, mapping)] as const)
    );
    return {
      places: (id: IndicatorId) => byIndicator.get(id) ?? new Map<string, UnitRowPlace>(),
      names: unitNames(snapshot, mapping),
    };
  }, [snapshot]);
  return (
    <UnitBars
      indicators={indicators}
      places={lookups.places}
      names={lookups.names}
      onGoTo={onGoTo}
    />
  );
}
