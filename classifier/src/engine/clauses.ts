import type { Span } from '../../../shared/src/index.ts';

// Clause boundaries: semicolons, colons, dashes between words, brackets, and the conjunctions that turn
// the meaning of what follows ("maar", "echter", "tenzij"). Operates on folded text. The cells of a table row
// ("Gymkleding | € 25 | verplicht") stay one clause: the row is read as one statement.
const CLAUSE_BREAK = /[;:()[\]]|\s[-–]\s|,?\s(?=(?:maar|echter|terwijl|tenzij|behalve|wel|daarentegen|alleen|dan)\s)|,\s(?=(?:de|het|deze|dit|die|voor|bij|ook|als|wanneer|indien|wie|dus|want|en)\s)/g;

/** Clause spans of a (folded) sentence or passage. */
export function splitClauses(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of folded.matchAll(CLAUSE_BREAK)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < folded.length) spans.push({ start, end: folded.length });
  return spans;
}

export function spanAround(spans: Span[], offset: number): Span {
  return spans.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}
