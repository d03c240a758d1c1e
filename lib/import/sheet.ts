// The file reader's output (lib/import/read/), as the engine consumes it: a sheet's rows with
// their 1-based line numbers and the values its cells held. The engine never sees bytes,
// encodings or separators.
export type { RawCell, ReadSheet } from "./read/types";
