"use client";

import { useState } from "react";
import { SelectField } from "./record-fields";
import { recordOptions } from "./options";
import { useFieldForm } from "./form-context";

/** The chosen network and body of a form; choosing another network clears the body (bodies belong to one). */
export function useNetworkAndBody() {
  const form = useFieldForm();
  const [networkId, setNetworkId] = useState(form.text("networkId"));
  const [bodyId, setBodyId] = useState(form.text("bodyId"));
  return {
    networkId,
    bodyId,
    chooseBody: setBodyId,
    chooseNetwork: (id: string) => {
      setNetworkId(id);
      setBodyId("");
    },
  };
}

/** The required network picker of a record form; `choose` is its empty option ("Elegí…"). */
export function NetworkField({
  networks,
  choose,
  value,
  onChange,
}: {
  networks: readonly { id: string; name: string }[];
  choose: string;
  value?: string;
  onChange: (networkId: string) => void;
}) {
  return (
    <SelectField
      name="networkId"
      required
      empty={choose}
      options={recordOptions(networks)}
      value={value}
      onChange={onChange}
    />
  );
}

/**
 * The network picker (required) and the body picker that offers only that network's bodies
 * (`bodies`, read or filtered by the caller). A chosen body not among them (one the server
 * refused, one no longer offered, or the chosen one while the list is read) stays selectable
 * under `missingLabel`, so that the form sends what the user chose and an error makes sense.
 */
export function NetworkAndBodyFields({
  choice,
  networks,
  bodies,
  words,
  missingLabel,
  busy,
}: {
  choice: ReturnType<typeof useNetworkAndBody>;
  networks: readonly { id: string; name: string }[];
  bodies: readonly { id: string; name: string }[];
  /**
   * The form's words: the network picker's empty option (`selectPlaceholder`, "Elegí…"), the
   * body picker's (`noBody`) and its hint (`bodyHint`, or `noBodies` when the chosen network
   * has none).
   */
  words: (key: "selectPlaceholder" | "noBody" | "bodyHint" | "noBodies") => string;
  missingLabel: (bodyId: string) => string;
  busy?: boolean;
}) {
  const { networkId, bodyId } = choice;
  const choose = words("selectPlaceholder");
  const noBodies = networkId && !busy && bodies.length === 0;
  return (
    <>
      <NetworkField networks={networks} choose={choose} value={networkId} onChange={choice.chooseNetwork} />
      <SelectField
        name="bodyId"
        hint={words(noBodies ? "noBodies" : "bodyHint")}
        empty={words("noBody")}
        options={recordOptions(bodies)}
        value={bodyId}
        onChange={choice.chooseBody}
        busy={busy}
      >
        {bodyId && !bodies.some((b) => b.id === bodyId) ? (
          <option value={bodyId}>{missingLabel(bodyId)}</option>
        ) : null}
      </SelectField>
    </>
  );
}
