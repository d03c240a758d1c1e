// Cell references as spreadsheets write them: "C7", "A1:B2"; columns are letters (A = 1).

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

/** 28 → "AB". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "A1:C2" (or a single cell "B4") → its bounds; null when it is not a reference. */
export function parseRange(reference: string): CellRange | null {
  const [from = "", to = from] = reference.split(":");
  const start = CELL.exec(from);
  const end = CELL.exec(to);
  if (!start || !end) return null;
  const [a, b] = [columnNumber(start[1] ?? ""), columnNumber(end[1] ?? "")];
  const [r1, r2] = [Number(start[2]), Number(end[2])];
  return { top: Math.min(r1, r2), left: Math.min(a, b), bottom: Math.max(r1, r2), right: Math.max(a, b) };
}

export const rangeText = (range: CellRange) =>
  `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;

/** Sorted, merged runs of numbers: [2, 3, 4, 9] → [[2, 4], [9, 9]]. */
export function runs(numbers: Iterable<number>): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const n of sorted) {
    const last = result.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else result.push([n, n]);
  }
  return result;
}

/** Runs as a spreadsheet would name them: "4, 10:12" for rows, "D, F:G" for columns. */
export function runsText(list: [number, number][], name: (n: number) => string = String): string {
  return list.map(([a, b]) => (a === b ? name(a) : `${name(a)}:${name(b)}`)).join(", ");
}
