import { z } from "zod";
import { LANGUAGE_CODES, MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import {
  optionalDate,
  optionalText,
  optionalUrl,
  optionalUuid,
  requiredEnum,
  requiredText,
  stringList,
  versionField,
  EVERY_ISSUE,
  isDate,
} from "../validation/fields";

/**
 * Amounts as people in Argentina type them: "1.234,50", "1500,5", "1.500" (thousands) — and
 * "1234.50" as the database gives them back.
 */
export function normaliseAmount(text: string): string {
  const value = text.trim().replace(/\s/g, "");
  if (value.includes(",")) return value.replace(/\./g, "").replace(",", ".");
  if (/^\d{1,3}(\.\d{3})+$/.test(value)) return value.replace(/\./g, "");
  return value;
}

const maxFoundedYear = () => new Date().getFullYear() + 1;

/** The network form, validated identically in the browser and in the server action. */
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

export const networkInputSchema = z
  .object({
    name: requiredText(200),
    acronym: optionalText(30),
    kind: requiredEnum(NETWORK_KINDS),
    scope: optionalText(200),
    description: optionalText(4000),
    website: optionalUrl(),
    headquarters: optionalText(200),
    foundedYear: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce
        .number({ error: "invalidYear" })
        .int({ error: "invalidYear" })
        .min(1800, { error: "invalidYear" })
        .refine((y) => y <= maxFoundedYear(), { error: "invalidYear" })
        .optional(),
    ),
    languages: stringList(z.enum(LANGUAGE_CODES, { error: "invalidLanguage" })),
    thematicAreaIds: stringList(z.uuid({ error: "unknownThematicArea" })),
    membershipStatus: requiredEnum(MEMBERSHIP_STATUSES),
    memberSince: optionalDate(),
    leftOn: optionalDate(),
    annualFee: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : normaliseAmount(v)) : v),
      z.string().regex(AMOUNT, { error: "invalidAmount" }).optional(),
    ),
    feeCurrency: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
      z
        .string()
        .regex(/^[A-Z]{3}$/, { error: "invalidCurrency" })
        .optional(),
    ),
    membershipNotes: optionalText(4000),
    focalPersonId: optionalUuid("unknownPerson"),
  })
  .superRefine((value, ctx) => {
    if (isDate(value.leftOn) && isDate(value.memberSince) && value.leftOn < value.memberSince) {
      ctx.addIssue({ code: "custom", path: ["leftOn"], message: "leftBeforeSince" });
    }
    if (value.leftOn && value.membershipStatus !== "former") {
      ctx.addIssue({ code: "custom", path: ["leftOn"], message: "leftRequiresFormer" });
    }
    // Asked only of a valid amount: an invalid one already has its own message.
    if (typeof value.annualFee === "string" && AMOUNT.test(value.annualFee) && !value.feeCurrency) {
      ctx.addIssue({ code: "custom", path: ["feeCurrency"], message: "currencyRequired" });
    }
  }, EVERY_ISSUE);

export const networkUpdateSchema = z.intersection(networkInputSchema, z.object({ version: versionField }));

export type NetworkInput = z.infer<typeof networkInputSchema>;
