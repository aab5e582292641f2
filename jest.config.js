/** Unit and integration tests. Component tests opt into jsdom with a docblock; browser tests live in test/browser (see jest.browser.config.js). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "ts-jest",
      {
        tsconfig: { allowJs: true, jsx: "react-jsx", esModuleInterop: true, isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  // office-addin-mock brings ESM-only uuid and strip-bom (strip-bom nested under @microsoft/app-manifest), which Jest on Node 20 cannot require untransformed.
  transformIgnorePatterns: [
    "/node_modules/(?!(uuid|strip-bom)/)(?!.*/node_modules/(uuid|strip-bom)/)",
  ],
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js" },
};
