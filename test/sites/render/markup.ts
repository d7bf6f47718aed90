/** Escaping and link writing for the generated HTML. */
import type { BuiltPage, BuiltSite, InternalTarget, LinkTarget } from '../build-site.ts';
import type { LinkStyle } from '../spec.ts';

const NAMED_ENTITIES: Record<string, string> = {
  '€': 'euro', 'ë': 'euml', 'é': 'eacute', 'è': 'egrave', 'ê': 'ecirc', 'ï': 'iuml', 'â': 'acirc', 'ü': 'uuml',
  'ö': 'ouml', 'á': 'aacute', 'ó': 'oacute', 'ú': 'uacute', '’': 'rsquo', '‘': 'lsquo', '“': 'ldquo', '”': 'rdquo',
  '–': 'ndash', '—': 'mdash', 'Ê': 'Ecirc', 'É': 'Eacute',
};

/**
 * Escapes text for HTML. With `entities` (old CMS themes) every non-ASCII character becomes an entity
 * and the space after € a non-breaking one, as such systems write it. `**word**` becomes <strong>.
 */
export function escapeText(text: string, entities: boolean): string {
  let out = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (entities) {
    out = out.replace(/€ /g, '€\u00a0').replace(/[^\x00-\x7f]/g, (ch) => {
      if (ch === '\u00a0') return '&nbsp;';
      const name = NAMED_ENTITIES[ch];
      return name ? `&${name};` : `&#${ch.codePointAt(0)};`;
    });
  }
  return out.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Relative reference from one path to another ('../ouders/kosten', '?page=x', './'). */
export function relativeReference(fromPath: string, toPath: string): string {
  const [fromPathname] = fromPath.split('?');
  const queryAt = toPath.indexOf('?');
  const toPathname = queryAt === -1 ? toPath : toPath.slice(0, queryAt);
  const toQuery = queryAt === -1 ? '' : toPath.slice(queryAt);
  if (fromPathname === toPathname && toQuery) return toQuery;
  const fromDir = fromPathname.split('/').slice(1, -1);
  const toParts = toPathname.split('/').slice(1);
  const toDir = toParts.slice(0, -1);
  const toFile = toParts[toParts.length - 1];
  let common = 0;
  while (common < fromDir.length && common < toDir.length && fromDir[common] === toDir[common]) common++;
  const ups = '../'.repeat(fromDir.length - common);
  const rest = [...toDir.slice(common), toFile].join('/');
  const reference = ups + rest + toQuery;
  return reference === '' ? './' : reference;
}

/** The ways 'mixed' sites write the same internal link, in rotation. */
const MIXED_FORMS = ['root', 'relative', 'absolute', 'alias', 'protocol-relative', 'fragment', 'tracking'] as const;

/** Writes hrefs for one page render; `mixed` sites rotate through every form of the same link. */
export class LinkWriter {
  private counter = 0;

  constructor(
    private readonly site: BuiltSite,
    private readonly page: BuiltPage,
    private readonly port: number,
  ) {}

  href(target: LinkTarget): string {
    if ('external' in target) return target.external;
    const host = target.host ?? this.site.host;
    if (host !== this.page.host) return this.absolute(host, target.path);
    const style: LinkStyle = this.page.host === this.site.host ? this.site.spec.linkStyle : 'root';
    return this.write(style === 'mixed' ? MIXED_FORMS[this.counter++ % MIXED_FORMS.length] : style, target);
  }

  private absolute(host: string, path: string): string {
    return `http://${host}:${this.port}${path}`;
  }

  private write(form: LinkStyle | (typeof MIXED_FORMS)[number], target: InternalTarget): string {
    const path = target.path;
    switch (form) {
      case 'root':
        return path;
      case 'relative':
        return relativeReference(this.page.path, path);
      case 'absolute':
        return this.absolute(this.site.host, path);
      case 'alias':
        return this.absolute(this.site.alias, path);
      case 'protocol-relative':
        return `//${this.site.host}:${this.port}${path}`;
      case 'fragment':
        return `${path}#inhoud`;
      case 'tracking':
        return `${path}${path.includes('?') ? '&' : '?'}utm_source=website&utm_medium=menu`;
      case 'mixed':
        throw new Error('mixed is resolved per link');
    }
  }
}
