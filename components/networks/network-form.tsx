"use client";

import { useTranslations } from "next-intl";
import { LANGUAGE_CODES, MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import {
  CheckboxGroup,
  DateField,
  recordOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/forms/record-fields";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import type { FormState } from "@/lib/form-state";
import type { NetworkDetail } from "@/lib/networks/queries";
import { NETWORK_ARRAY_FIELDS, networkInputSchema } from "@/lib/networks/schema";

type Values = Record<string, string | string[]>;

function valuesFrom(network: NetworkDetail | null): Values {
  if (!network) return { kind: "", membershipStatus: "member", languages: [], thematicAreaIds: [] };
  return {
    name: network.name,
    acronym: network.acronym ?? "",
    kind: network.kind,
    scope: network.scope ?? "",
    description: network.description ?? "",
    website: network.website ?? "",
    headquarters: network.headquarters ?? "",
    foundedYear: network.foundedYear?.toString() ?? "",
    languages: network.languages,
    thematicAreaIds: network.thematicAreas.map((a) => a.id),
    membershipStatus: network.membershipStatus,
    memberSince: network.memberSince ?? "",
    leftOn: network.leftOn ?? "",
    annualFee: network.annualFee?.replace(".", ",") ?? "",
    feeCurrency: network.feeCurrency ?? "",
    membershipNotes: network.membershipNotes ?? "",
    focalPersonId: network.focalPerson?.id ?? "",
  };
}

/** Create/edit form of a network. Validates with the server's own schema before sending. */
export function NetworkForm({
  network,
  action,
  options,
  cancelHref,
}: {
  network: NetworkDetail | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: { thematicAreas: { id: string; name: string }[]; people: { id: string; name: string }[] };
  cancelHref: string;
}) {
  const t = useTranslations("networks.form");
  const tEnum = useTranslations("enums");
  const form = useRecordForm({
    action,
    schema: networkInputSchema,
    initialValues: valuesFrom(network),
    arrayFields: NETWORK_ARRAY_FIELDS,
  });

  const labels: Record<string, string> = {
    name: t("name"),
    acronym: t("acronym"),
    kind: t("kind"),
    scope: t("scope"),
    description: t("description"),
    website: t("website"),
    headquarters: t("headquarters"),
    foundedYear: t("foundedYear"),
    languages: t("languages"),
    thematicAreaIds: t("thematicAreas"),
    membershipStatus: t("membershipStatus"),
    memberSince: t("memberSince"),
    leftOn: t("leftOn"),
    annualFee: t("annualFee"),
    feeCurrency: t("feeCurrency"),
    membershipNotes: t("membershipNotes"),
    focalPersonId: t("focalPerson"),
  };
  const field = (name: string) => ({ form, name, label: labels[name] ?? name });

  return (
    <RecordForm
      form={form}
      version={network?.version}
      labels={labels}
      savedHref={network ? `/redes/${network.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionProfile")}>
        <TextField {...field("name")} required maxLength={200} autoComplete="off" />
        <TextField {...field("acronym")} maxLength={30} autoComplete="off" />
        <SelectField
          {...field("kind")}
          required
          hint={t("kindHint")}
          empty={t("selectPlaceholder")}
          options={NETWORK_KINDS.map((k) => ({ value: k, label: tEnum(`networkKind.${k}`) }))}
        />
        <TextField {...field("scope")} />
        <TextField {...field("website")} hint={t("websiteHint")} type="url" inputMode="url" />
        <TextField {...field("headquarters")} />
        <TextField {...field("foundedYear")} inputMode="numeric" width="max-w-40" />
        <TextAreaField {...field("description")} rows={4} />
        <CheckboxGroup
          name="languages"
          legend={t("languages")}
          options={LANGUAGE_CODES.map((code) => ({ value: code, label: tEnum(`language.${code}`) }))}
        />
        <CheckboxGroup
          name="thematicAreaIds"
          legend={t("thematicAreas")}
          options={recordOptions(options.thematicAreas)}
        />
      </FormSection>

      <FormSection legend={t("sectionMembership")}>
        <SelectField
          {...field("membershipStatus")}
          required
          options={MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: tEnum(`membershipStatus.${s}`) }))}
        />
        <SelectField
          {...field("focalPersonId")}
          empty={t("noFocalPerson")}
          options={recordOptions(options.people)}
        />
        <DateField {...field("memberSince")} />
        <DateField {...field("leftOn")} hint={t("leftOnHint")} />
        <TextField {...field("annualFee")} inputMode="decimal" width="max-w-52" />
        <TextField
          {...field("feeCurrency")}
          hint={t("feeCurrencyHint")}
          maxLength={3}
          width="max-w-28 uppercase"
        />
        <TextAreaField {...field("membershipNotes")} />
      </FormSection>
    </RecordForm>
  );
}
