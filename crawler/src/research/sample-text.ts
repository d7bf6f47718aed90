// One line for the terminal when a crawl starts on a sample: what was drawn and how to draw it again.
import type { SampleRecord } from './research-manifest.ts';

export function sampleText(sample: SampleRecord): string {
  const strata = sample.strata.length ? `stratified by ${sample.strata.join(', ')} (${sample.perStratum.length} strata)` : 'simple random';
  return `Sample: ${sample.drawn.length} of ${sample.populationSize} ${sample.unit}s, ${strata}, seed ${sample.seed} ` +
    `(repeat with --sample ${sample.requested} --sample-seed ${sample.seed}${sample.strata.length ? ` --strata ${sample.strata.join(',')}` : ''}).`;
}
