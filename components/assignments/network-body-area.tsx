"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import { recordOptions, SelectField } from "@/components/forms/record-fields";
import type { useRecordForm } from "@/components/forms/use-record-form";
import type { AssignmentFormOptions, AssignmentNetworkOptions } from "@/lib/assignments/queries";

const NO_NETWORK_OPTIONS: AssignmentNetworkOptions = { bodies: [] };

/** The network picker, the body picker that offers only that network's bodies, and the area. */
export function NetworkBodyArea({
  form,
  options,
  optionsNetworkId,
}: {
  form: ReturnType<typeof useRecordForm>;
  options: AssignmentFormOptions;
  /** The network whose bodies `options` holds (the record's, or the preset one). */
  optionsNetworkId: string;
}) {
  const t = useTranslations("assignments.form");
  const [networkId, setNetworkId] = useState(form.text("networkId"));
  const [bodyId, setBodyId] = useState(form.text("bodyId"));
  const network = useNetworkOptions<AssignmentNetworkOptions>({
    endpoint: "/api/asignaciones/opciones",
    networkId,
    initialNetworkId: optionsNetworkId,
    initial: { bodies: options.bodies },
    empty: NO_NETWORK_OPTIONS,
  });
  const { bodies } = network.options;
  const bodyArea = bodies.find((b) => b.id === bodyId)?.thematicAreaId;
  const bodyAreaName = options.thematicAreas.find((a) => a.id === bodyArea)?.name;
  return (
    <>
      <SelectField
        form={form}
        name="networkId"
        label={t("network")}
        required
        empty={t("selectPlaceholder")}
        options={recordOptions(options.networks)}
        value={networkId}
        onChange={(id) => {
          setNetworkId(id);
          setBodyId("");
        }}
      />
      <SelectField
        form={form}
        name="bodyId"
        label={t("body")}
        hint={networkId && !network.loading && bodies.length === 0 ? t("noBodies") : t("bodyHint")}
        empty={t("noBody")}
        options={recordOptions(bodies)}
        value={bodyId}
        onChange={setBodyId}
        busy={network.loading}
      >
        {/* The chosen body while its network's are read, or one no longer offered (archived meanwhile):
            it stays chosen, so that the form sends what the user chose and an error makes sense. */}
        {bodyId && !bodies.some((b) => b.id === bodyId) ? (
          <option value={bodyId}>{network.loading ? t("bodyLoading") : t("bodyUnavailable")}</option>
        ) : null}
      </SelectField>
      <SelectField
        form={form}
        name="thematicAreaId"
        label={t("area")}
        hint={t("areaHint")}
        empty={
          !bodyId ? t("selectPlaceholder") : bodyAreaName ? `${t("noArea")} (${bodyAreaName})` : t("noArea")
        }
        options={recordOptions(options.thematicAreas)}
      />
      <div className="md:col-span-2 -mt-4">
        <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
      </div>
    </>
  );
}
