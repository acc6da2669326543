// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Components translate through app/utils/translation.ts (decision 183), not react-i18next's per-call copies. */
const ownTranslationHook = {
  name: "react-i18next",
  importNames: ["useTranslation"],
  message: "Use useTranslation from ~/utils/translation.ts (one translator per language, decision 183).",
};

/** Links go through app/components/ui/link.tsx: on the server it writes an absolute path's <a> directly (decision 290). */
const ownLinks = {
  name: "@remix-run/react",
  importNames: ["Link", "NavLink"],
  message: "Use Link and NavLink from ~/components/ui/link.tsx (the server writes plain links directly, decision 290).",
};

/** Client code may not reach the server: neither server/ nor *.server modules. */
const noServerImports = {
  paths: [ownTranslationHook, ownLinks],
  patterns: [
    {
      group: ["~server/*", "**/server/*", "../server/*", "../../server/*"],
      message: "Client code may not import server/. Use a *.server.ts module or app/.server/.",
    },
    {
      group: ["*.server", "*.server.ts", "*.server.tsx", "**/.server/*", "~/.server/*"],
      message: "Client code may not import server-only modules.",
    },
  ],
};

/**
 * Only commands emit domain events (decision 097): the outbox's `emit` and
 * `transaction` live in server/events.ts and server/events/; routes, the
 * app/.server doors, components and queries may not import them.
 */
const onlyCommandsEmit = {
  group: [
    "~server/events",
    "~server/events.ts",
    "~server/events/*",
    "**/server/events",
    "**/server/events.ts",
    "**/server/events/*",
    "../events.ts",
    "../events/*",
    "./events/*",
  ],
  message:
    "Only commands emit domain events (decision 097): call a command in server/<area>/ that writes the change and its event in one transaction.",
};
const UNTIL_END_ALL_SESSIONS = ["app/.server/session.ts", "app/.server/password-reset.ts"];

const NO_CATCHING =
  "Routes do not catch domain errors: wrap the command in orFormError (actions) or orRespond (loaders) from ~/.server/errors.ts; a command names the field in its AppError (decision 141).";

/** Routes (and doors) never recognise AppError themselves, nor match an error's message. */
const noAppErrorCheck = { selector: "BinaryExpression[operator='instanceof'][right.name='AppError']", message: NO_CATCHING };
const noMessageMatch = {
  selector: "BinaryExpression[operator=/^[!=]==$/][left.type='MemberExpression'][left.property.name='message'][right.type='Literal']",
  message: NO_CATCHING,
};

/** What a door may not import: configuration, the error class, the socket server, Node built-ins (decision 142). */
const doorImports = [
  {
    group: ["~server/config", "~server/config.ts"],
    message: "Door files export use cases, not configuration: add a function in server/ (e.g. appUrl in server/urls.ts).",
  },
  { group: ["~server/errors", "~server/errors.ts"], message: "Only app/.server/errors.ts knows AppError (orRespond, orFormError)." },
  {
    group: ["~server/realtime/*", "~server/redis", "~server/redis.ts", "~server/db", "~server/db.ts"],
    message: "Door files export use cases, not sockets, Redis or the database: put the work in a command.",
  },
  { group: ["node:*"], message: "Door files export use cases, not Node built-ins." },
];

/** What a door may not export (also as a rename). */
const doorExports = [
  {
    selector: "ExportSpecifier[local.name=/^(config|AppError|randomUUID|currentIo|userRoom|io|events|emit|transaction|db|redis)$/]",
    message:
      "Door files export named use cases only (decision 142): no config, AppError, randomUUID, socket server, event bus or database.",
  },
  {
    selector: "ExportNamedDeclaration[source.value=/^node:/], ExportAllDeclaration[source.value=/^node:/]",
    message: "Door files export use cases, not Node built-ins (decision 142).",
  },
];

const uiImports = {
  group: ["~/routes/*", "~/components/*", "**/app/routes/*", "**/app/components/*", "react", "react-dom"],
  message: "server/ and workers/ never import the UI.",
};

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
    files: [
      "app/components/**",
      "app/i18n/**",
      "app/shared/**",
      "app/utils/**",
      "app/hooks/**",
      "app/**/*.client.{ts,tsx}",
      "app/entry.client.tsx",
    ],
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
        {
          paths: [ownTranslationHook, ownLinks],
          patterns: [
            { group: ["~server/*", "**/server/*"], message: "Routes reach server/ through app/.server/ or a *.server.ts helper." },
            onlyCommandsEmit,
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']",
          message: "Read forms with readForm(request) from ~/.server/form-data.ts: a body that is not a form must be a 400, not a 500.",
        },
        noAppErrorCheck,
        noMessageMatch,
      ],
    },
  },
  // The doors from routes to the domain export use cases, never the event outbox.
  {
    files: ["app/.server/**", "app/**/*.server.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [onlyCommandsEmit] }] },
  },
  // app/.server door files export named use cases only (decision 142): no configuration, no
  // error classes, no sockets, no Node built-ins. Errors reach routes through
  // app/.server/errors.ts (the only file that knows AppError).
  {
    files: ["app/.server/**"],
    ignores: ["app/.server/errors.ts", ...UNTIL_END_ALL_SESSIONS],
    rules: {
      "no-restricted-imports": ["error", { patterns: [onlyCommandsEmit, ...doorImports] }],
      "no-restricted-syntax": ["error", ...doorExports, noAppErrorCheck],
    },
  },
  // These end sessions and their sockets themselves until endAllSessions (issue 13.5, accounts) replaces the copies.
  {
    files: UNTIL_END_ALL_SESSIONS,
    rules: {
      "no-restricted-syntax": ["error", ...doorExports.filter((rule) => !rule.selector.startsWith("ExportSpecifier")), noAppErrorCheck],
    },
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
