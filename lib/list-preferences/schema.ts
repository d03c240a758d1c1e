import { z } from "zod";

/** A list's key ("networks", "seats") and a column's id: short lowercase words. */
export const LIST_KEY = /^[a-z][a-z0-9-]{0,39}$/;
const COLUMN_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,59}$/;

/** What the column menu sends: the list and the columns the user hides in it. */
export const hiddenColumnsSchema = z.object({
  listKey: z.string().regex(LIST_KEY, "invalid"),
  hidden: z.array(z.string().regex(COLUMN_ID, "invalid")).max(40, "tooMany"),
});
