import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
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
          ],
        },
      ],
    },
  },
  {
    // The app's main area is a LinkArea (app/(app)/layout.tsx): server components link with
    // plain anchors, which it prefetches on intent and opens on the client.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    files: ["components/ui/link.tsx", "components/ui/form.tsx", "lib/i18n/translations.ts"],
    rules: { "no-restricted-imports": "off" },
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
