import type { Span } from '../finding/finding.ts';

// Abbreviations after which a full stop does not end a sentence (folded, without the final dot).
const ABBREVIATIONS = new Set([
  'o.a', 'bijv', 'bv', 'b.v', 'd.w.z', 't.a.v', 'm.b.t', 'i.v.m', 'z.s.m', 'e.d', 'enz', 'etc', 'ca', 'circa',
  'nl', 'vnl', 'resp', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'mevr', 'dhr', 'mw', 'jl', 'a.s', 'p.p', 'p.j',
  'p.m', 'incl', 'excl', 'nr', 'tel', 'vs', 'max', 'min', 'gem', 'e.v', 'z.o.z', 'n.a.v', 'm.i.v', 'i.o.m',
  'v.a', 'zgn', 'evt', 'o.b.v', 'st', 'str', 'jr', 'sr', 'wo', 'do', 'vr', 'za', 'zo', 'ma', 'di',
  'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'blz', 'hfd', 'hfdst', 'art', 'lid', 'afb', 'fig', 'pag', 'vgl', 'zie', 'ivm', 'tav', 'mbt', 'oa',
  'e.e.a', 'i.p.v', 'ipv', 'm.u.v', 'o.v.v', 't.o.v', 'tov', 'v.d', 'v.w.b', 'a.d.h.v', 'adhv', 'c.q', 'cq',
  'd.d', 'dd', 'e.a', 'g.g.d', 'h.a.v.o', 'v.w.o', 'm.a.v.o', 'i.s.m', 'ism', 'mbv', 'm.b.v', 'n.v.t', 'nvt',
]);

const SENTENCE_END = /[.!?…]+["')\]]*(?=\s|$)/g;

/**
 * Split text into sentence spans, Dutch-aware: abbreviations ("o.a.", "t.a.v."), initials, amounts
 * ("€ 45,-"), dates ("1 okt. 2024", "12.09.2024") and numbers do not end a sentence; line breaks that start
 * a list item or a new line of a table do.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  };

  for (const line of lineBreaks(text)) {
    SENTENCE_END.lastIndex = line.start;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_END.exec(text)) && m.index < line.end) {
      const end = m.index + m[0].length;
      if (m[0].startsWith('.') && m[0].length === 1 && !endsSentence(text, m.index, end)) continue;
      push(end);
    }
    push(line.end);
  }
  return spans;
}

function* lineBreaks(text: string): Generator<Span> {
  // A newline ends a sentence only when the next line looks like a new unit (list marker, capital, digit)
  // or the line before ends without a word that continues (PDF lines are often broken mid-sentence).
  let lineStart = 0;
  const re = /\n+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const blankLine = m[0].length > 1;
    if (blankLine || /^\s*([-*•▪–]|\d+[.)]\s)/.test(next) || /[.!?:;]$/.test(before)) {
      yield { start: lineStart, end: m.index };
      lineStart = m.index + m[0].length;
    }
  }
  yield { start: lineStart, end: text.length };
}

function endsSentence(text: string, dot: number, after: number): boolean {
  const wordMatch = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot));
  const word = (wordMatch?.[1] ?? '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false; // initials: "J. de Vries"
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return false; // "a.s", "t.a.v"-like forms not in the list
  if (/^\d{1,2}$/.test(word) && /(^|\n)\s*$/.test(text.slice(0, dot - word.length))) return false; // "1. Aanmelden" list marker
  const rest = text.slice(after).replace(/^\s+/, '');
  if (!rest) return true;
  if (/^\d/.test(word) && /^\d/.test(rest)) return false; // "12. 09" or numbered dates
  if (/^\d+$/.test(word) && /^[\p{Ll}]/u.test(rest)) return false; // "op 3. oktober"
  return /^[\p{Lu}\p{N}"'“‘(€•*-]/u.test(rest);
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
