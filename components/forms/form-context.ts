"use client";

import { createContext, useContext } from "react";
import type { useRecordForm } from "./use-record-form";

type RecordFormState = ReturnType<typeof useRecordForm>;

/** The record form around its fields: `RecordForm` provides it, so fields need only their name. */
export const RecordFormContext = createContext<RecordFormState | null>(null);

/** The values, labels and errors of the record form a field stands in. */
export function useFieldForm(): RecordFormState {
  const form = useContext(RecordFormContext);
  if (!form) throw new Error("A record field stands inside a RecordForm.");
  return form;
}
