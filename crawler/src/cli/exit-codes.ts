/** Exit codes of `schoolscan crawl` and `schoolscan report`; docs/exit-codes.md explains each. */
export const EXIT = {
  /** The crawl ran to its end and the outputs are written. Single sites may have failed: see sites.csv. */
  ok: 0,
  /** No site could be crawled at all, or an internal error stopped the crawl. */
  failed: 1,
  /** Usage or input error: unknown option, bad value, unreadable seeds file, not a crawl folder. */
  usage: 2,
  /** Interrupted (Ctrl-C, SIGTERM); the store is consistent, continue with --resume DIR. */
  interrupted: 130,
} as const;
