// What the page says about itself: its address, title and the school's name for the report.
export function currentPage(doc: Document): { pageUrl: string; title: string } {
  return { pageUrl: doc.location.href, title: (doc.title || '').trim().slice(0, 1000) };
}

/** The site's own name: og:site_name, application-name, the last part of the title, or the host. */
export function siteName(doc: Document): string {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim();
  const titleParts = (doc.title || '').split(/\s[|–—-]\s/);
  const fromTitle = titleParts.length > 1 ? titleParts.pop()?.trim() : '';
  const name = meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]') || fromTitle || doc.location.hostname;
  return name.slice(0, 300);
}
