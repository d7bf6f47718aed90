// A cheap prefilter for the lexicon and rule regexes: the literal words at least one of which must occur
// in any text the pattern can match. Most passages on a school site contain none of them, and a substring
// search is far cheaper than running a large alternation with `\w*` prefixes at every word start.

const MIN_LITERAL = 3;
/** Symbols rare enough in ordinary text to filter on alone. */
const RARE_SYMBOLS = new Set(['€', '%']);

/** Literals of which one must occur for `source` to match, or null when that cannot be told. */
export function anchorsOf(source: string): string[] | null {
  const anchors = new Set<string>();
  for (const alternative of splitTopLevel(source)) {
    const found = anchorsOfSequence(alternative);
    if (!found) return null;
    for (const a of found) anchors.add(a);
  }
  return [...anchors];
}

/** Required literals of one alternative (a sequence of items): the best single item's. */
function anchorsOfSequence(sequence: string): string[] | null {
  let best: string[] | null = null;
  let i = 0;
  let literal = '';
  const consider = (candidate: string[] | null) => {
    if (candidate && (!best || score(candidate) > score(best))) best = candidate;
  };
  const flush = () => {
    if (literal.length >= MIN_LITERAL) consider([literal]);
    literal = '';
  };
  while (i < sequence.length) {
    const ch = sequence[i]!;
    if (ch === '(') {
      flush();
      const end = closingParen(sequence, i);
      const inner = sequence.slice(i + 1, end);
      const optional = /^[?*]|^\{0,/.test(sequence.slice(end + 1));
      const lookaround = /^\?(?:<?[=!])/.test(inner);
      if (!optional && !lookaround) consider(anchorsOf(inner.replace(/^\?:/, '')));
      i = end + 1;
      i = skipQuantifier(sequence, i);
    } else if (ch === '[') {
      flush();
      i = sequence.indexOf(']', i + 1) + 1;
      i = skipQuantifier(sequence, i);
    } else if (ch === '\\') {
      flush();
      i = skipQuantifier(sequence, i + 2);
    } else if (RARE_SYMBOLS.has(ch)) {
      flush();
      consider([ch]);
      i = skipQuantifier(sequence, i + 1);
    } else if (/[a-z ']/.test(ch)) {
      const next = sequence[i + 1];
      if (next === '?' || next === '*' || next === '{') {
        flush();
        i = skipQuantifier(sequence, i + 1);
      } else {
        literal += ch;
        i++;
        if (next === '+') {
          flush();
          i++;
        }
      }
    } else {
      flush();
      i++;
    }
  }
  flush();
  const anchors = (best as string[] | null)?.map((a) => (RARE_SYMBOLS.has(a) ? a : a.trim()));
  return anchors && anchors.every((a) => RARE_SYMBOLS.has(a) || a.length >= MIN_LITERAL) ? anchors : null;
}

/** Fewer, longer literals filter better. */
function score(anchors: string[]): number {
  return Math.min(...anchors.map((a) => (RARE_SYMBOLS.has(a) ? MIN_LITERAL : a.trim().length))) - anchors.length / 100;
}

function skipQuantifier(s: string, i: number): number {
  if (s[i] === '{') i = s.indexOf('}', i) + 1;
  else if (s[i] === '?' || s[i] === '*' || s[i] === '+') i++;
  if (s[i] === '?') i++; // lazy
  return i;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = s.indexOf(']', i + 1);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced parenthesis in ${s}`);
}

function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = source.indexOf(']', i + 1);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** A test that is false only when none of the anchors occurs (always true when anchors are unknown). */
export function anchorTest(anchors: string[] | null): (folded: string) => boolean {
  if (!anchors || anchors.length === 0) return () => true;
  // One alternation of plain literals: a single scan, far cheaper than a substring search per anchor.
  const any = new RegExp([...new Set(anchors)].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (folded) => any.test(folded);
}
