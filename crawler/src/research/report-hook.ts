// The extension point report.html uses: the research section when `schoolscan stats` has written
// research/stats.json into the crawl folder, else nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, raw, type Raw } from '../report/html.ts';
import { researchSection } from './research-section.ts';
import type { ResearchStats } from './research-stats.ts';
import { RESEARCH_DIR, RESEARCH_FILES } from './tidy-outputs.ts';

export function researchSectionFor(crawlDir: string): Raw {
  const file = join(crawlDir, RESEARCH_DIR, RESEARCH_FILES.stats);
  if (!existsSync(file)) return raw('');
  try {
    return researchSection(JSON.parse(readFileSync(file, 'utf8')) as ResearchStats);
  } catch (error) {
    // A stats file from another schoolscan version must not break the report; say so instead.
    return html`<p class="muted">research/stats.json kon niet worden gelezen (${(error as Error).message}); draai <code>schoolscan stats</code> opnieuw.</p>`;
  }
}
