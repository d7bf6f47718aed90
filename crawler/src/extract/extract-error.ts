import type { FailureReason } from '../../../shared/src/index.ts';

/** The failure reasons extraction can end in; a subset of the shared closed list. */
export type ExtractFailureReason = Extract<
  FailureReason,
  'unsupported-type' | 'encoding' | 'corrupt-pdf' | 'empty' | 'extract-failed'
>;

/** Extraction failed for a reason the crawler records in pages.jsonl and the CLI reports to the user. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';

  constructor(
    readonly reason: ExtractFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
