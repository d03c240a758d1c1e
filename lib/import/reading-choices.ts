import type { Delimiter } from "./read/types";

// The reading choices as forms and URLs carry them. A separator travels by name: a tab is no
// character a URL or an option's value shows, and ";" and "," are easy to mistype.

export const SEPARATOR_NAMES = ["semicolon", "comma", "tab"] as const;
export type SeparatorName = (typeof SEPARATOR_NAMES)[number];

const BY_NAME: Record<SeparatorName, Delimiter> = { semicolon: ";", comma: ",", tab: "\t" };

export const delimiterOf = (name: SeparatorName): Delimiter => BY_NAME[name];

export const separatorNameOf = (delimiter: Delimiter): SeparatorName =>
  SEPARATOR_NAMES.find((name) => BY_NAME[name] === delimiter)!;
