// Lint rules for the whole tree: correctness (typescript-eslint), React hooks, accessibility (jsx-a11y).
// Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["build/", "public/build/", "public/dkfds/", "test-results/", "playwright-report/", "tests/.tmp/", "data/", "node_modules/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "simple-import-sort": simpleImportSort, "import-x": importX },
    rules: {
      // Imports first (no code between import blocks), in one order everywhere; `npm run format` sorts them.
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      "import-x/first": "error",
      "import-x/no-duplicates": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["error", "warn", "log"] }],
    },
  },
  // Layers: the domain rules depend on nothing; models know nothing of HTTP, URLs, languages or pages;
  // components take server code's types only (a value import would ship server code to the browser).
  {
    files: ["app/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^\\.\\./", message: "app/domain/ depends on nothing outside it." }] }],
    },
  },
  {
    files: ["app/models/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@remix-run/*"], message: "Models know nothing of HTTP: throw a domain error (app/domain/errors.ts)." },
            {
              regex: "(^|/)(i18n|views|components|routes|forms)/",
              message: "Models take typed arguments and return data; pages translate.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/components/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: "\\.server$", allowTypeImports: true, message: "Components may import a server module's types only." }] },
      ],
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling table wrapper is a named region that must take focus (axe "scrollable-region-focusable").
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["tabpanel", "region"], tags: [] }],
    },
  },
);
