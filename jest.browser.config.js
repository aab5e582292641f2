/**
 * Browser tests: the built preview (dist/, from `npm run build`) in Debian's Chromium, driven by playwright-core.
 * One worker: a single Chromium at a time on small CI machines. `npm run test:browser` builds first.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
  transform: {
    "^.+\\.(t|j)sx?$": [
      "ts-jest",
      {
        tsconfig: { allowJs: true, esModuleInterop: true, isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
};
