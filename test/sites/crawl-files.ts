/** robots.txt and sitemaps of a built site. */
import type { BuiltPage, BuiltSite } from './build-site.ts';

export const V1_DATE = '2024-09-02';
export const V2_DATE = '2025-02-03';

/** robots.txt for the canonical host, or null when the site has none (404). */
export function robotsTxt(site: BuiltSite, origin: string): string | null {
  const robots = site.spec.robots;
  if (robots.style === 'missing') return null;
  const lines: string[] = [];
  if (robots.otherAgentDisallowAll) lines.push(`User-agent: ${robots.otherAgentDisallowAll}`, 'Disallow: /', '');
  lines.push('User-agent: *');
  switch (robots.style) {
    case 'open':
      lines.push('Disallow:');
      break;
    case 'wordpress':
      lines.push('Disallow: /wp-admin/', 'Allow: /wp-admin/admin-ajax.php');
      break;
    case 'rules':
      for (const rule of robots.disallow ?? []) lines.push(`Disallow: ${rule}`);
      if (robots.crawlDelay !== undefined) lines.push(`Crawl-delay: ${robots.crawlDelay}`);
      break;
  }
  if (site.spec.sitemap === 'robots') lines.push('', `Sitemap: ${origin}/sitemap.xml`);
  if (site.spec.sitemap === 'index') lines.push('', `Sitemap: ${origin}/sitemap_index.xml`);
  return `${lines.join('\n')}\n`;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function lastModified(site: BuiltSite, page: BuiltPage): string {
  if (site.version === 2 && page.changedInV2) return V2_DATE;
  return page.date ?? V1_DATE;
}

function urlset(entries: { loc: string; lastmod: string }[]): string {
  const body = entries.map((entry) => `  <url>\n    <loc>${xmlEscape(entry.loc)}</loc>\n    <lastmod>${entry.lastmod}</lastmod>\n  </url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Sitemap documents by path on the canonical host, plus redirects (path → target path). */
export function sitemapFiles(site: BuiltSite, origin: string): { files: Map<string, string>; redirects: Map<string, string> } {
  const files = new Map<string, string>();
  const redirects = new Map<string, string>();
  const listed = site.pages.filter((page) => page.host === site.host && page.inSitemap && !page.disallowed);
  const entry = (page: BuiltPage) => ({ loc: origin + page.path, lastmod: lastModified(site, page) });
  switch (site.spec.sitemap) {
    case 'none':
      break;
    case 'robots':
    case 'root-only': {
      const entries = listed.map(entry);
      if (site.spec.sitemap === 'robots') {
        entries.push({ loc: origin + site.guide.path, lastmod: site.version === 2 && site.guide.changedInV2 ? V2_DATE : V1_DATE });
      }
      files.set('/sitemap.xml', urlset(entries));
      break;
    }
    case 'index': {
      const posts = listed.filter((page) => page.kind === 'news-item');
      const others = listed.filter((page) => page.kind !== 'news-item');
      files.set('/page-sitemap.xml', urlset(others.map(entry)));
      files.set('/post-sitemap.xml', urlset(posts.map(entry)));
      const newest = (pages: BuiltPage[]) => pages.map((page) => lastModified(site, page)).sort().at(-1) ?? V1_DATE;
      files.set(
        '/sitemap_index.xml',
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
          `  <sitemap>\n    <loc>${origin}/page-sitemap.xml</loc>\n    <lastmod>${newest(others)}</lastmod>\n  </sitemap>\n` +
          `  <sitemap>\n    <loc>${origin}/post-sitemap.xml</loc>\n    <lastmod>${newest(posts)}</lastmod>\n  </sitemap>\n` +
          `</sitemapindex>\n`,
      );
      redirects.set('/sitemap.xml', '/sitemap_index.xml');
      break;
    }
  }
  return { files, redirects };
}
