/** The layers. src/core depends on nothing; the hosts depend on core and never on each other, except where named. */

/**
 * The core's layers, lowest first: a file may import its own layer and the layers below, never one above.
 * The engine is everything up to validate.ts; authoring (the template, the goals editor, mapping needs) and the host
 * interface sit on top of it and the engine never imports them. index.ts, the public entry, may import every layer.
 */
const CORE_LAYERS = [
  ["model", "^src/core/model/"],
  ["helpers", "^src/core/helpers/"],
  ["form", "^src/core/form/"],
  ["findings", "^src/core/findings/"],
  ["reading", "^src/core/reading/"],
  ["rules", "^src/core/rules/"],
  ["indicators", "^src/core/indicators/"],
  ["validate", "^src/core/validate\\.ts$"],
  ["authoring", "^src/core/(authoring/|host\\.ts$)"],
];

const noClimbing = CORE_LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `core-${name}-no-climbing`,
  comment: `src/core layer "${name}" imports only its own layer and the ones below (${
    CORE_LAYERS.slice(0, i)
      .map(([n]) => n)
      .join(", ") || "none"
  }).`,
  severity: "error",
  from: { path },
  to: {
    path: CORE_LAYERS.slice(i + 1)
      .map(([, p]) => `(${p})`)
      .join("|")
      .concat("|(^src/core/index\\.ts$)"),
  },
}));

module.exports = {
  forbidden: [
    ...noClimbing,
    {
      name: "engine-not-authoring",
      comment:
        "The validation engine never imports authoring (template, goals editor, mapping needs) nor the host interface.",
      severity: "error",
      from: { path: "^src/core/", pathNot: "^src/core/(authoring/|host\\.ts$|index\\.ts$)" },
      to: { path: "^src/core/(authoring/|host\\.ts$)" },
    },
    {
      name: "core-layer-folders",
      comment:
        "Every core file lives in a layer folder, except the entry (index.ts), the engine entry (validate.ts) and the host interface (host.ts).",
      severity: "error",
      from: {},
      to: { path: "^src/core/[^/]+\\.ts$", pathNot: "^src/core/(index|validate|host)\\.ts$" },
    },
    {
      name: "hosts-through-core-entry",
      comment:
        "Hosts (xlsx, excel, taskpane, preview, cli, commands) import core only through its public entry src/core/index.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/core/" },
      to: { path: "^src/core/", pathNot: "^src/core/index\\.ts$" },
    },
    {
      name: "core-is-pure",
      comment:
        "src/core is the engine: pure TypeScript with no imports outside itself (no Office.js, DOM, Node, React, exceljs).",
      severity: "error",
      from: { path: "^src/core" },
      to: { pathNot: "^src/core" },
    },
    {
      name: "xlsx-reader-only-core",
      comment:
        "src/xlsx turns a file into the core snapshot; it knows nothing of the pane, Excel or the CLI.",
      severity: "error",
      from: { path: "^src/xlsx" },
      to: { path: "^src/(excel|taskpane|commands|cli|preview)" },
    },
    {
      name: "excel-not-ui",
      comment:
        "src/excel is Office.js only; it must not reach the React pane, the CLI or exceljs hosts.",
      severity: "error",
      from: { path: "^src/excel" },
      to: {
        path: "^src/(taskpane|commands|cli|preview|xlsx)|node_modules/(react|@fluentui|exceljs)",
      },
    },
    {
      name: "cli-not-ui",
      comment: "The command line uses core and the xlsx reader only.",
      severity: "error",
      from: { path: "^src/cli" },
      to: { path: "^src/(excel|taskpane|commands|preview)|node_modules/(react|@fluentui)" },
    },
    {
      name: "taskpane-not-hosts",
      comment:
        "The pane talks to a workbook only through WorkbookHost; hosts are injected by the entry points.",
      severity: "error",
      from: { path: "^src/taskpane", pathNot: "^src/taskpane/(index|main)\\.tsx?$" },
      to: { path: "^src/(excel|xlsx|cli|preview|commands)" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    exclude: { path: "\\.test\\.tsx?$" },
  },
};
