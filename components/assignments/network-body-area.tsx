"use client";

import { useTranslations } from "next-intl";
import { NetworkOptionsStatus } from "@/components/forms/network-options-status";
import { useNetworkOptions } from "@/components/forms/use-network-options";
import { NetworkAndBodyFields, useNetworkAndBody } from "@/components/forms/network-body-fields";
import { SelectField } from "@/components/forms/record-fields";
import { recordOptions } from "@/components/forms/options";
import type { AssignmentFormOptions, AssignmentNetworkOptions } from "@/lib/assignments/queries";

const NO_NETWORK_OPTIONS: AssignmentNetworkOptions = { bodies: [] };

/** The network picker, the body picker that offers only that network's bodies, and the area. */
export function NetworkBodyArea({
  options,
  optionsNetworkId,
}: {
  options: AssignmentFormOptions;
  /** The network whose bodies `options` holds (the record's, or the preset one). */
  optionsNetworkId: string;
}) {
  const t = useTranslations("assignments.form");
  const choice = useNetworkAndBody();
  const network = useNetworkOptions<AssignmentNetworkOptions>({
    endpoint: "/api/asignaciones/opciones",
    networkId: choice.networkId,
    initialNetworkId: optionsNetworkId,
    initial: { bodies: options.bodies },
    empty: NO_NETWORK_OPTIONS,
  });
  const { bodies } = network.options;
  const bodyArea = bodies.find((b) => b.id === choice.bodyId)?.thematicAreaId;
  const bodyAreaName = options.thematicAreas.find((a) => a.id === bodyArea)?.name;
  return (
    <>
      <NetworkAndBodyFields
        choice={choice}
        networks={options.networks}
        bodies={bodies}
        words={t}
        // The chosen body while its network's are read, or one no longer offered (archived meanwhile).
        missingLabel={() => (network.loading ? t("bodyLoading") : t("bodyUnavailable"))}
        busy={network.loading}
      />
      <SelectField
        name="thematicAreaId"
        hint={t("areaHint")}
        empty={
          !choice.bodyId
            ? t("selectPlaceholder")
            : bodyAreaName
              ? `${t("noArea")} (${bodyAreaName})`
              : t("noArea")
        }
        options={recordOptions(options.thematicAreas)}
      />
      <div className="md:col-span-2 -mt-4">
        <NetworkOptionsStatus loading={network.loading} failed={network.failed} retry={network.retry} />
      </div>
    </>
  );
}
