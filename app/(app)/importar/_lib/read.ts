import "server-only";
import type { ReadingChoices } from "@/components/import/reading-options";
import type { SheetSource } from "@/lib/import/jobs";
import {
  detectTextFormat,
  readSpreadsheet,
  type Delimiter,
  type ReadOptions,
  type ReadSheet,
  type TextEncoding,
} from "@/lib/import/read";
import { delimiterOf, separatorNameOf, type SeparatorName } from "@/lib/import/reading-choices";

/** What the page learns from a read besides the sheet: the workbook's sheets, a CSV's detection. */
export interface ReadFacts {
  sheets: string[];
  /** For a CSV, the encoding and separator the reader detects, whatever options forced. */
  detected: { encoding: TextEncoding; delimiter: Delimiter } | null;
}

/**
 * The engine reads a job's file through a `SheetSource`; this one is the spreadsheet reader, with
 * the reading options the engine gives (the job's stored ones for the commit). A file the reader
 * refuses here was accepted at upload, so the refusal can only mean a damaged copy (or, for the
 * page, a chosen sheet that is gone): it throws, and the engine marks the job failed. `seen`
 * receives the workbook's sheet names and a CSV's detected format (the page's reading choices).
 */
export function sheetSource(seen?: (facts: ReadFacts) => void): SheetSource {
  return async ({ bytes, fileName }, options) => {
    const read = await readSpreadsheet(bytes, fileName, options);
    if (!read.ok) throw new Error(`unreadable import file: ${read.code}`);
    if (seen) {
      const { encoding, delimiter } = read.sheet;
      const forced = options.encoding !== undefined || options.delimiter !== undefined;
      // Read as detected, the sheet says what was detected; forced, detect again to name it.
      const detected =
        !encoding || !delimiter ? null : forced ? detectTextFormat(bytes) : { encoding, delimiter };
      seen({ sheets: read.sheets, detected });
    }
    return read.sheet;
  };
}

/**
 * The reading options the page reads the file with: each choice in its URL (the reading form
 * was just sent), else the job's stored one (its last validation), else none (detected).
 */
export function readOptionsOf(
  url: { sheet?: string; encoding?: TextEncoding; separator?: SeparatorName },
  stored: ReadOptions = {},
): ReadOptions {
  const sheet = url.sheet ?? stored.sheet;
  const encoding = url.encoding ?? stored.encoding;
  const delimiter = url.separator ? delimiterOf(url.separator) : stored.delimiter;
  return {
    ...(sheet ? { sheet } : {}),
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
  };
}

/** The reading choices as the page shows them: what the read used, and a CSV's detection. */
export function readingChoices(sheet: ReadSheet, facts: ReadFacts, headerLine: number): ReadingChoices {
  const { encoding, delimiter } = sheet;
  const detected = facts.detected;
  return {
    sheets: facts.sheets,
    sheet: sheet.name,
    text:
      encoding && delimiter
        ? {
            encoding,
            separator: separatorNameOf(delimiter),
            detected: detected && {
              encoding: detected.encoding,
              separator: separatorNameOf(detected.delimiter),
            },
          }
        : null,
    headerLine,
  };
}
