// ESLint: typescript-eslint's strict type-checked rules, JSDoc rules for the documented
// API, and eslint-plugin-regexp, whose checks include super-linear backtracking (ReDoS).
// Formatting is prettier's (.prettierrc.json); `npm run lint` runs both.
import js from "@eslint/js";
import jsdoc from "eslint-plugin-jsdoc";
import regexp from "eslint-plugin-regexp";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "reports/", "docs/", "node_modules/", "test-output/", "site/dist/", ".stryker-tmp*/"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  regexp.configs["flat/recommended"],
  {
    languageOptions: {
      parserOptions: { project: ["./tsconfig.json", "./test/tsconfig.json", "./site/tsconfig.json"], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // With noUncheckedIndexedAccess, \`list[i]!\` after a bounds check is this project's
      // idiom: checking again would add branches no input can reach.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Numbers in messages ("3 days overdue") are what template literals are for.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // \`(text) => (out += text)\`: an arrow that writes is clear as it is.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // \`interface ProgressReview extends z.output<...> {}\`: a named, documented type for a
      // type that would otherwise show as its expansion.
      // "_" marks a value left out on purpose (\`const { id: _id, ...rest } = action\`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
      // Control characters in patterns here are deliberate (the escapers exist to find them);
      // regexp/control-character-escape checks they are written as escapes.
      "no-control-regex": "off",
      // A regular expression that can take more than linear time on some input is an error.
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { jsdoc },
    rules: {
      // Off for its own check (TypeScript checks types); on so that a name imported only for
      // a {@link} in the documentation counts as used.
      "jsdoc/no-undefined-types": ["error", { markVariablesAsUsed: true, disableReporting: true }],
      "jsdoc/check-alignment": "error",
      "jsdoc/check-param-names": "error",
      "jsdoc/check-syntax": "error",
      "jsdoc/empty-tags": "error",
      "jsdoc/multiline-blocks": "error",
      // "/* @__PURE__ */" is for the bundler, not a JSDoc block.
      "jsdoc/no-bad-blocks": ["error", { ignore: ["ts-check", "ts-expect-error", "ts-ignore", "ts-nocheck", "__PURE__"] }],
      "jsdoc/no-multi-asterisks": "error",
      "jsdoc/require-asterisk-prefix": "error",
      "jsdoc/check-tag-names": ["error", { definedTags: ["category", "remarks", "typeParam", "defaultValue", "module", "internal", "packageDocumentation"] }],
    },
  },
  // Tests read the JSON that cpc prints (\`JSON.parse(r.out)\`, untyped) and use vitest's
  // asymmetric matchers (typed \`any\`): the no-unsafe rules would ask for a type for each.
  {
    files: ["test/**/*.ts", "test-browser/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  // A CommonJS consumer of the package, on purpose.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Scripts, benchmarks, examples and configuration: plain JavaScript, or TypeScript outside
  // the two projects, checked without types.
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js", "*.config.ts", "scripts/**/*.ts", "scripts/**/*.mts"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { project: null, program: null } },
  },
);
