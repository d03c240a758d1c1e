/** An active term ending within this many days (or already past its end) is flagged. */
export const ENDING_SOON_DAYS = 90;
/** …and within this many days the flag turns red. */
export const ENDING_URGENT_DAYS = 30;
