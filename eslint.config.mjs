// @ts-check
/**
 * ESLint as Microsoft's Office add-in templates have it (eslint-plugin-office-addins: Office.js mistakes such as
 * reading before `load` or `sync` in a loop), with typescript-eslint and the rules of React hooks. Formatting is
 * Prettier's (`npm run format`), not ESLint's.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["lib/**", "dist/**", "node_modules/**", "coverage/**", "assets/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // Office.js code only: the rules read any `x.load`, `x.values` as Office.js (exceljs code in tests would trip them).
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      // Off: it takes a constant or template literal of properties (`range.load(CELL_PROPERTIES)`) for no argument; every load here names its properties.
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Plain CommonJS scripts and configs.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests load the CommonJS scripts and configs they check (serve-preview.js, webpack.config.js), which have no types.
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
