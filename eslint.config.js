// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Client code may not reach the server: neither server/ nor *.server modules. */
const noServerImports = {
  patterns: [
    { group: ["~server/*", "**/server/*", "../server/*", "../../server/*"], message: "Client code may not import server/. Use a *.server.ts module or app/.server/." },
    { group: ["*.server", "*.server.ts", "*.server.tsx", "**/.server/*", "~/.server/*"], message: "Client code may not import server-only modules." },
  ],
};

/**
 * Only commands emit domain events (decision 097): the outbox's `emit` and
 * `transaction` live in server/events.ts and server/events/; routes, the
 * app/.server doors, components and queries may not import them.
 */
const onlyCommandsEmit = {
  group: ["~server/events", "~server/events.ts", "~server/events/*", "**/server/events", "**/server/events.ts", "**/server/events/*", "../events.ts", "../events/*", "./events/*"],
  message: "Only commands emit domain events (decision 097): call a command in server/<area>/ that writes the change and its event in one transaction.",
};
const uiImports = { group: ["~/routes/*", "~/components/*", "**/app/routes/*", "**/app/components/*", "react", "react-dom"], message: "server/ and workers/ never import the UI." };

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", ".data/**", "server/generated/**", "public/**", "bench/.tmp/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser }, ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Components, hooks, i18n, shared and utilities are client code.
  {
    files: ["app/components/**", "app/i18n/**", "app/shared/**", "app/utils/**", "app/hooks/**", "app/**/*.client.{ts,tsx}", "app/entry.client.tsx"],
    ignores: ["app/**/*.server.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", noServerImports] },
  },
  // Route modules may use app/.server and *.server.ts (Remix strips them from the client bundle), never server/ directly.
  {
    files: ["app/routes/**", "app/root.tsx"],
    ignores: ["app/**/*.server.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["~server/*", "**/server/*"], message: "Routes reach server/ through app/.server/ or a *.server.ts helper." }, onlyCommandsEmit] },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']",
          message: "Read forms with readForm(request) from ~/.server/form-data.ts: a body that is not a form must be a 400, not a 500.",
        },
      ],
    },
  },
  // The doors from routes to the domain export use cases, never the event outbox.
  {
    files: ["app/.server/**", "app/**/*.server.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [onlyCommandsEmit] }] },
  },
  // The domain never imports the UI.
  {
    files: ["server/**", "workers/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [uiImports] }] },
  },
  // Queries read; they never emit.
  {
    files: ["server/**/queries.ts", "server/**/queries/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [uiImports, onlyCommandsEmit] }] },
  },
  {
    files: ["scripts/**", "tests/**", "bench/**", "prisma/**"],
    rules: { "no-console": "off" },
  },
);
