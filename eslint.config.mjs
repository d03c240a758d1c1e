import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// Imports refused everywhere: the project's own wrappers replace them.
const wrappedImports = [
  {
    name: "next/link",
    message: 'Use { Link } from "@/components/ui/link": it prefetches on intent, not on sight.',
  },
  {
    name: "next-intl/server",
    importNames: ["getTranslations"],
    message:
      'Use { getTranslations } from "@/lib/i18n/translations": its compiled messages outlive the request.',
  },
];

// The layers (docs/architecture.md): app/ → components/ → lib/ → db/. Type imports may cross.
const componentBoundaries = [
  {
    regex: "^@/db/(?!schema/values$)",
    message:
      "components/ does not use the database: read through lib/. Types may be imported (import type); the value lists, free of database code, come from @/db/schema/values.",
  },
  {
    regex: "^@/lib/.*/commands$",
    message: "components/ does not write: commands are called by server actions (app/**/actions.ts).",
  },
];
const libBoundaries = [
  {
    group: ["@/app/*", "@/components/*"],
    message: "lib/ is below app/ and components/ and does not import them.",
  },
];

/** no-restricted-imports with the project's wrappers and a folder's boundaries (type imports allowed). */
function restrictedImports({ paths = wrappedImports, patterns = [] } = {}) {
  return [
    "error",
    {
      paths: paths.map((path) => ({ ...path, allowTypeImports: true })),
      patterns: patterns.map((pattern) => ({ ...pattern, allowTypeImports: true })),
    },
  ];
}

const isTypeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

// A client component ("use client", wherever it lives) never imports lib/**/queries or
// lib/**/commands except for their types: they read and write the database. (Those modules import
// "server-only", so the build refuses it too; the lint says so while typing.)
const boundaries = {
  rules: {
    "client-component-imports": {
      meta: {
        type: "problem",
        schema: [],
        messages: {
          serverModule:
            '"{{source}}" reads or writes the database and cannot run in a client component: pass its data as props from a server component (import type is allowed).',
        },
      },
      create(context) {
        const client = context.sourceCode.ast.body.some(
          (node) => node.type === "ExpressionStatement" && node.directive === "use client",
        );
        if (!client) return {};
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== "string" || isTypeOnly(node)) return;
          if (
            /(^|\/)lib\/(.+\/)?(queries|commands)$/.test(source) ||
            /^@\/db\/(client|startup|migrate)$/.test(source)
          )
            context.report({ node, messageId: "serverModule", data: { source } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { boundaries },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrictedImports(),
      "boundaries/client-component-imports": "error",
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictedImports({ patterns: componentBoundaries }),
    },
  },
  {
    files: ["lib/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrictedImports({ patterns: libBoundaries }) },
  },
  // The wrapper itself (the app's Link is an anchor of its own: components/ui/link-area.tsx).
  {
    files: ["components/ui/form.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictedImports({
        paths: [],
        patterns: componentBoundaries,
      }),
    },
  },
  {
    files: ["lib/i18n/translations.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictedImports({ paths: [], patterns: libBoundaries }),
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned or deliberately dropped with `void`, and
    // never passed where a function returning void is expected (an event handler, forEach).
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // An UPDATE or DELETE without WHERE touches every row. Drizzle's handles are named db and tx
    // (ctx.db included).
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // The app's main area is a LinkArea (app/(app)/layout.tsx): server components link with
    // plain anchors, which it prefetches on intent and opens on the client.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "data/**",
    "db/migrations/**",
  ]),
]);
