/** Small text helpers shared by the site builder, the HTML templates and the PDF maker. */

/** 'Ouderbijdrage & kosten' → 'ouderbijdrage-kosten'; accents dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type Placeholders = Record<string, string>;

/** Replaces {name} placeholders; unknown names are an error, so typos show up in tests. */
export function fillPlaceholders(text: string, values: Placeholders): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown placeholder {${name}} in: ${text}`);
    return value;
  });
}

/** Removes the `**bold**` markers used in planted passages. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** Collapses whitespace (including NBSP) to single spaces, as tests compare visible text. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** 'ZWOLLE' → 'Zwolle', "'S-HERTOGENBOSCH" → "'s-Hertogenbosch" (for display). */
export function titleCase(upper: string): string {
  return upper.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
