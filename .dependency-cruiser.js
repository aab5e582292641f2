/** The layers. src/core depends on nothing; the hosts depend on core and never on each other, except where named. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core is the engine: pure TypeScript with no imports outside itself (no Office.js, DOM, Node, React, exceljs).',
      severity: 'error',
      from: { path: '^src/core' },
      to: { pathNot: '^src/core' },
    },
    {
      name: 'xlsx-reader-only-core',
      comment: 'src/xlsx turns a file into the core snapshot; it knows nothing of the pane, Excel or the CLI.',
      severity: 'error',
      from: { path: '^src/xlsx' },
      to: { path: '^src/(excel|taskpane|commands|cli|preview)' },
    },
    {
      name: 'excel-not-ui',
      comment: 'src/excel is Office.js only; it must not reach the React pane, the CLI or exceljs hosts.',
      severity: 'error',
      from: { path: '^src/excel' },
      to: { path: '^src/(taskpane|commands|cli|preview|xlsx)|node_modules/(react|@fluentui|exceljs)' },
    },
    {
      name: 'cli-not-ui',
      comment: 'The command line uses core and the xlsx reader only.',
      severity: 'error',
      from: { path: '^src/cli' },
      to: { path: '^src/(excel|taskpane|commands|preview)|node_modules/(react|@fluentui)' },
    },
    {
      name: 'taskpane-not-hosts',
      comment: 'The pane talks to a workbook only through WorkbookHost; hosts are injected by the entry points.',
      severity: 'error',
      from: { path: '^src/taskpane', pathNot: '^src/taskpane/(index|main)\\.tsx?$' },
      to: { path: '^src/(excel|xlsx|cli|preview|commands)' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
