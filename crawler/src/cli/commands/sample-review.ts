// `schoolscan sample-review DIR --n 100 --seed S`: draws the schools a person will check by hand.
import { CATEGORIES } from '../../../../shared/src/index.ts';
import { parseFolderCommand, usageFailure } from '../../research/folder-args.ts';
import { drawReviewSample } from '../../research/review-sample.ts';
import { hasLabels, REVIEW_DIR, writeReviewSample } from '../../research/review-store.ts';
import { schoolUnits } from '../../research/school-units.ts';
import type { ResearchManifest } from '../../research/research-manifest.ts';
import { openCrawlStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import type { OptionTable } from '../options.ts';

export const summary = 'Draw a stratified random sample of flagged and unflagged schools for a human review';

const OPTIONS = {
  n: { kind: 'integer', default: 100, min: 1, help: 'Review items to draw (one school and one category each), split evenly over category × flagged/unflagged' },
  seed: { kind: 'string', placeholder: 'S', help: 'Seed of the draw (required: the same seed draws the same items)' },
  force: { kind: 'flag', help: 'Replace an existing review sample even though it has labels' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFolderCommand('sample-review', OPTIONS, argv, 1, { usage: 'schoolscan sample-review --n N --seed S <DIR>', summary });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  if (!values.seed) return usageFailure('sample-review', 'give --seed S, so the draw can be repeated');
  const [dir] = parsed.dirs;
  if (hasLabels(dir) && !values.force) {
    return usageFailure('sample-review', `${dir}/${REVIEW_DIR} already holds labels; give --force to draw a new sample (labels are kept: an item drawn again keeps its label)`);
  }
  const store = openCrawlStore(dir);
  try {
    const units = schoolUnits(await store.siteSummaries(), (await store.getManifest()) as ResearchManifest | undefined);
    const sample = drawReviewSample(units, { n: values.n, seed: values.seed });
    writeReviewSample(dir, sample);
    const lines = [`Drew ${sample.items.length} review items (seed ${sample.seed}):`];
    for (const category of CATEGORIES) {
      const count = (flagged: boolean) => sample.strata.find((s) => s.key === `${category}|${flagged ? 'flagged' : 'clean'}`);
      const f = count(true);
      const c = count(false);
      lines.push(`  ${category}: ${f?.sample ?? 0} of ${f?.population ?? 0} flagged, ${c?.sample ?? 0} of ${c?.population ?? 0} unflagged schools`);
    }
    lines.push(`Review them with: schoolscan review ${dir}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
