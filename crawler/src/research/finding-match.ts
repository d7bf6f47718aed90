// Pairs the findings of one site in an old and a new crawl. Same page and category, then in three passes:
// the same normalised passage (unchanged); a passage similar enough to be the same one after a small
// edit (edited); the same passage on another page of the site (moved). What is left is removed or added.
import type { CrawlFinding } from '../store/records.ts';
import { normalisePassage } from '../store/finding-key.ts';
import { canonicalKey } from '../fetch/url-normalize.ts';

export type MatchKind = 'unchanged' | 'edited' | 'moved';

export interface FindingPair {
  kind: MatchKind;
  old: CrawlFinding;
  new: CrawlFinding;
  similarity: number;
}

export interface SiteFindingMatch {
  pairs: FindingPair[];
  removed: CrawlFinding[];
  added: CrawlFinding[];
}

/** Below this, two passages on one page are different passages. */
export const EDIT_SIMILARITY = 0.6;

interface Prepared {
  finding: CrawlFinding;
  page: string;
  text: string;
  grams: Map<string, number>;
}

function prepare(finding: CrawlFinding): Prepared {
  const text = normalisePassage(finding.text);
  return { finding, page: `${finding.category}\u0000${canonicalKey(finding.url) ?? finding.url}`, text, grams: trigrams(text) };
}

function trigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = `  ${text} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the two passages' character-trigram multisets, in [0, 1]. */
export function passageSimilarity(a: string, b: string): number {
  return dice(trigrams(normalisePassage(a)), trigrams(normalisePassage(b)));
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * shared) / total;
}

export function matchSiteFindings(oldFindings: readonly CrawlFinding[], newFindings: readonly CrawlFinding[]): SiteFindingMatch {
  const olds = oldFindings.map(prepare);
  const news = newFindings.map(prepare);
  const usedOld = new Set<Prepared>();
  const usedNew = new Set<Prepared>();
  const pairs: FindingPair[] = [];
  const pair = (kind: MatchKind, o: Prepared, n: Prepared, similarity: number) => {
    usedOld.add(o);
    usedNew.add(n);
    pairs.push({ kind, old: o.finding, new: n.finding, similarity });
  };

  const exact = new Map<string, Prepared[]>();
  for (const n of news) exact.set(`${n.page}\u0000${n.text}`, [...(exact.get(`${n.page}\u0000${n.text}`) ?? []), n]);
  for (const o of olds) {
    const n = exact.get(`${o.page}\u0000${o.text}`)?.find((c) => !usedNew.has(c));
    if (n) pair('unchanged', o, n, 1);
  }

  const candidates: { o: Prepared; n: Prepared; similarity: number }[] = [];
  for (const o of olds) {
    if (usedOld.has(o)) continue;
    for (const n of news) {
      if (usedNew.has(n) || n.page !== o.page) continue;
      const similarity = dice(o.grams, n.grams);
      if (similarity >= EDIT_SIMILARITY) candidates.push({ o, n, similarity });
    }
  }
  candidates.sort((a, b) => b.similarity - a.similarity);
  for (const c of candidates) if (!usedOld.has(c.o) && !usedNew.has(c.n)) pair('edited', c.o, c.n, c.similarity);

  for (const o of olds) {
    if (usedOld.has(o)) continue;
    const n = news.find((c) => !usedNew.has(c) && c.text === o.text && c.finding.category === o.finding.category);
    if (n) pair('moved', o, n, 1);
  }

  return {
    pairs,
    removed: olds.filter((o) => !usedOld.has(o)).map((o) => o.finding),
    added: news.filter((n) => !usedNew.has(n)).map((n) => n.finding),
  };
}
