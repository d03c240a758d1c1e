"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import { Field, inputClass } from "@/components/ui/field";
import type { AssignmentFormOptions, AssignmentNetworkOptions } from "@/lib/assignments/queries";

const NO_NETWORK_OPTIONS: AssignmentNetworkOptions = { bodies: [] };

/** The network picker, the body picker that offers only that network's bodies, and the area. */
export function NetworkBodyArea({
  options,
  optionsNetworkId,
  networkId: initialNetwork,
  bodyId: initialBody,
  areaId,
  errors,
}: {
  options: AssignmentFormOptions;
  /** The network whose bodies `options` holds (the record's, or the preset one). */
  optionsNetworkId: string;
  networkId: string;
  bodyId: string;
  areaId: string;
  errors: { networkId?: string; bodyId?: string; thematicAreaId?: string };
}) {
  const t = useTranslations("assignments.form");
  const [networkId, setNetworkId] = useState(initialNetwork);
  const [bodyId, setBodyId] = useState(initialBody);
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
      <Field id="networkId" label={t("network")} required error={errors.networkId}>
        {(c) => (
          <select
            {...c}
            name="networkId"
            value={networkId}
            onChange={(e) => {
              setNetworkId(e.target.value);
              setBodyId("");
            }}
            className={inputClass}
          >
            <option value="">{t("selectPlaceholder")}</option>
            {options.networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="bodyId"
        label={t("body")}
        hint={networkId && !network.loading && bodies.length === 0 ? t("noBodies") : t("bodyHint")}
        error={errors.bodyId}
      >
        {(c) => (
          <select
            {...c}
            name="bodyId"
            value={bodyId}
            onChange={(e) => setBodyId(e.target.value)}
            aria-busy={network.loading || undefined}
            className={inputClass}
          >
            <option value="">{t("noBody")}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
            {/* The chosen body while its network's are read, or one no longer offered (archived meanwhile):
                it stays chosen, so that the form sends what the user chose and an error makes sense. */}
            {bodyId && !bodies.some((b) => b.id === bodyId) ? (
              <option value={bodyId}>{network.loading ? t("bodyLoading") : t("bodyUnavailable")}</option>
            ) : null}
          </select>
        )}
      </Field>
      <Field id="thematicAreaId" label={t("area")} hint={t("areaHint")} error={errors.thematicAreaId}>
        {(c) => (
          <select {...c} name="thematicAreaId" defaultValue={areaId} className={inputClass}>
            <option value="">
              {!bodyId
                ? t("selectPlaceholder")
                : bodyAreaName
                  ? `${t("noArea")} (${bodyAreaName})`
                  : t("noArea")}
            </option>
            {options.thematicAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="md:col-span-2 -mt-4">
        <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
      </div>
    </>
  );
}
