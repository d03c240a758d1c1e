"use client";

import { useTranslations } from "next-intl";
import { LANGUAGE_CODES, MEMBERSHIP_STATUSES, NETWORK_KINDS } from "@/db/schema/values";
import {
  CheckboxGroup,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  useEnumOptions,
} from "@/components/forms/record-fields";
import { recordOptions } from "@/components/forms/options";
import { FormSection, RecordForm } from "@/components/forms/record-form";
import { fieldLabels, useRecordForm, type FormValues } from "@/components/forms/use-record-form";
import type { FormState } from "@/lib/form-state";
import type { NetworkDetail } from "@/lib/networks/queries";
import { NETWORK_ARRAY_FIELDS } from "@/lib/networks/form-fields";

function valuesFrom(network: NetworkDetail | null): FormValues {
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
  const enumOptions = useEnumOptions();
  const form = useRecordForm({
    action,
    schema: () => import("@/lib/networks/schema").then((m) => m.networkInputSchema),
    initialValues: valuesFrom(network),
    arrayFields: NETWORK_ARRAY_FIELDS,
    labels: {
      ...fieldLabels(t, ["name", "acronym", "kind", "scope", "description", "website", "headquarters"]),
      ...fieldLabels(t, ["foundedYear", "languages", "membershipStatus", "memberSince", "leftOn"]),
      ...fieldLabels(t, ["annualFee", "feeCurrency", "membershipNotes"]),
      thematicAreaIds: t("thematicAreas"),
      focalPersonId: t("focalPerson"),
    },
  });

  return (
    <RecordForm
      form={form}
      version={network?.version}
      savedHref={network ? `/redes/${network.id}` : undefined}
      cancelHref={cancelHref}
    >
      <FormSection legend={t("sectionProfile")}>
        <TextField name="name" required maxLength={200} autoComplete="off" />
        <TextField name="acronym" maxLength={30} autoComplete="off" />
        <SelectField
          name="kind"
          required
          hint={t("kindHint")}
          empty={t("selectPlaceholder")}
          options={enumOptions("networkKind", NETWORK_KINDS)}
        />
        <TextField name="scope" />
        <TextField name="website" hint={t("websiteHint")} type="url" inputMode="url" />
        <TextField name="headquarters" />
        <TextField name="foundedYear" inputMode="numeric" width="max-w-40" />
        <TextAreaField name="description" rows={4} />
        <CheckboxGroup name="languages" options={enumOptions("language", LANGUAGE_CODES)} />
        <CheckboxGroup name="thematicAreaIds" options={recordOptions(options.thematicAreas)} />
      </FormSection>

      <FormSection legend={t("sectionMembership")}>
        <SelectField
          name="membershipStatus"
          required
          options={enumOptions("membershipStatus", MEMBERSHIP_STATUSES)}
        />
        <SelectField
          name="focalPersonId"
          empty={t("noFocalPerson")}
          options={recordOptions(options.people)}
        />
        <DateField name="memberSince" />
        <DateField name="leftOn" hint={t("leftOnHint")} />
        <TextField name="annualFee" inputMode="decimal" width="max-w-52" />
        <TextField name="feeCurrency" hint={t("feeCurrencyHint")} maxLength={3} width="max-w-28 uppercase" />
        <TextAreaField name="membershipNotes" />
      </FormSection>
    </RecordForm>
  );
}
