import { readdirSync } from "node:fs";
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The shape of app/ (docs/decisions/0013-feature-folders.md): a feature is reached from outside only through its
// public entries (index.ts for what the browser may load, index.server.ts for the server); the kernel and the
// features never depend on route modules, and the kernel depends on no feature.
const features = readdirSync(new URL("./app/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const routesAreTheTop = { regex: "^~/routes/", message: "Route modules are the URL map: nothing imports them." };
const outsideFeature = "Outside this feature: use ~/kernel/… or another feature's public entry.";
const featureBoundaries = features.flatMap((feature) => {
  const otherFeature = {
    regex: `^~/features/(?!${feature}/)[^/]+/(?!index(\\.server)?\\.tsx?$)`,
    message: "Another feature's internals: import its public entry (~/features/<name>/index.ts or index.server.ts).",
  };
  const rule = (leavesFeature) => [
    "error",
    { patterns: [routesAreTheTop, otherFeature, { regex: leavesFeature, message: outsideFeature }] },
  ];
  return [
    // ../ from the feature's top folder, ../../ from a subfolder, leaves it (the e-mail templates at the top excepted).
    { files: [`app/features/${feature}/*.{ts,tsx}`], rules: { "no-restricted-imports": rule("^\\.\\./(?!(\\.\\./)+emails/)") } },
    {
      files: [`app/features/${feature}/*/**/*.{ts,tsx}`],
      rules: { "no-restricted-imports": rule("^\\.\\./\\.\\./(?!(\\.\\./)+emails/)") },
    },
  ];
});

export default tseslint.config(
  {
    ignores: [
      "build/",
      "build-*/",
      "app/generated/",
      "node_modules/",
      ".cache/",
      "test-results/",
      "test-reports/",
      "playwright-report/",
      ".data/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      "react/prop-types": "off",
    },
  },
  ...featureBoundaries,
  {
    files: ["app/kernel/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            routesAreTheTop,
            { regex: "^(~/|(\\.\\./)+)features/", message: "The kernel is shared by every feature and depends on none." },
          ],
        },
      ],
    },
  },
);
