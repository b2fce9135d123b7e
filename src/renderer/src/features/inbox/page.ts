/**
 * How many stories the inbox asks for at a time as the editor scrolls: five screens or so.
 * Small pages keep each answer in the low milliseconds (the store reads the summary of every
 * story it answers); the benchmark (bench/scale-store.ts) measures with the same size.
 */
export const INBOX_PAGE = 50;
