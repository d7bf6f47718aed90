/**
 * Four page layouts. Each writes the same content with different markup, the way different school
 * CMSes do: an old table-ish CMS with entities ('klassiek'), a WordPress-like theme ('modern'), a
 * colourful primary-school builder ('speels') and a corporate mega-menu site ('zakelijk').
 */
import type { BuiltPage, BuiltSite, ContentBlock, LinkItem, NavEntry } from '../build-site.ts';
import { formatPhone } from '../build-site.ts';
import type { LocationSpec, ThemeName } from '../spec.ts';
import { escapeAttribute, escapeText, type LinkWriter } from './markup.ts';

export interface PageView {
  site: BuiltSite;
  page: BuiltPage;
  links: LinkWriter;
  port: number;
}

interface Theme {
  /** Writes non-ASCII characters as entities. */
  entities: boolean;
  /** Content-Type header for HTML pages (klassiek leaves the charset to a meta tag). */
  contentType: string;
  head(view: PageView, text: (t: string) => string): string;
  body(view: PageView, text: (t: string) => string, content: string): string;
}

const a = (view: PageView, item: LinkItem, text: (t: string) => string, extra = ''): string =>
  `<a href="${escapeAttribute(view.links.href(item.target))}"${extra}>${text(item.text)}</a>`;

function renderBlocks(view: PageView, blocks: ContentBlock[], text: (t: string) => string, theme: ThemeName): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h2>${text(block.text)}</h2>`;
        case 'paragraph':
          return block.highlight ? `<div class="uitgelicht"><p>${text(block.text)}</p></div>` : `<p>${text(block.text)}</p>`;
        case 'address':
          return renderAddresses(view, text);
        case 'links':
          return renderLinks(view, block.items, block.style, text, theme);
      }
    })
    .join('\n');
}

function renderLinks(view: PageView, items: LinkItem[], style: 'news' | 'plain' | 'download' | 'pager', text: (t: string) => string, theme: ThemeName): string {
  if (style === 'pager') return `<nav class="pagination">${items.map((item) => a(view, item, text, ' class="page-numbers"')).join(' ')}</nav>`;
  if (style === 'download') {
    return `<ul class="downloads">${items.map((item) => `<li>${a(view, item, text, ' class="pdf" target="_blank"')} <small>(${text(item.note ?? '')})</small></li>`).join('')}</ul>`;
  }
  if (style === 'plain') return `<ul class="links">${items.map((item) => `<li>${a(view, item, text)}</li>`).join('')}</ul>`;
  switch (theme) {
    case 'klassiek':
      return `<table class="nieuwsoverzicht">${items.map((item) => `<tr><td class="datum">${text(item.note ?? '')}</td><td>${a(view, item, text)}</td></tr>`).join('')}</table>`;
    case 'modern':
      return `<div class="post-list">${items.map((item) => `<article class="post"><h3 class="entry-title">${a(view, item, text, ' rel="bookmark"')}</h3><time>${text(item.note ?? '')}</time></article>`).join('')}</div>`;
    case 'speels':
      return `<div class="kaartjes">${items.map((item) => `<div class="kaart"><span class="datum">${text(item.note ?? '')}</span>${a(view, item, text)}</div>`).join('')}</div>`;
    case 'zakelijk':
      return `<ol class="news-list">${items.map((item) => `<li><span class="date">${text(item.note ?? '')}</span> ${a(view, item, text, ' class="news-link"')}</li>`).join('')}</ol>`;
  }
}

function locationLines(site: BuiltSite, location: LocationSpec): string[] {
  return [
    location.naam ?? site.spec.name,
    `${location.straat} ${location.huisnummer}`,
    `${location.postcode} ${location.plaats ?? site.spec.plaats}`,
    `Telefoon ${formatPhone(location.telefoon)}`,
  ];
}

function renderAddresses(view: PageView, text: (t: string) => string): string {
  return view.site.spec.locations
    .map((location) => `<address>${locationLines(view.site, location).map(text).join('<br>')}<br>E-mail: <a href="mailto:${view.site.email}">${view.site.email}</a></address>`)
    .join('\n');
}

function footerAddress(view: PageView, text: (t: string) => string): string {
  const lines = locationLines(view.site, view.site.spec.locations[0]);
  return `${lines.map(text).join(' · ')} · <a href="mailto:${view.site.email}">${view.site.email}</a>`;
}

function footerLinks(view: PageView, text: (t: string) => string): string {
  const external = [
    `<a href="https://www.facebook.com/${view.site.spec.id}" rel="noopener">Facebook</a>`,
    `<a href="https://www.instagram.com/${view.site.spec.id.replace(/-/g, '')}" rel="noopener">Instagram</a>`,
    `<a href="https://scholenopdekaart.nl/" rel="noopener">Scholen op de kaart</a>`,
  ];
  return [...view.site.footerLinks.map((item) => a(view, item, text)), ...external].join(' | ');
}

/** Nested lists: every link is in the HTML; CSS hides the submenus. */
function nestedMenu(view: PageView, nav: NavEntry[], text: (t: string) => string, classes: { menu: string; item: string; sub: string }): string {
  const items = nav.map((entry) => {
    const head = entry.target ? a(view, { target: entry.target, text: entry.label }, text) : `<span>${text(entry.label)}</span>`;
    const sub = entry.children.length
      ? `<ul class="${classes.sub}">${entry.children.map((child) => `<li>${a(view, { target: child.target, text: child.label }, text)}</li>`).join('')}</ul>`
      : '';
    return `<li class="${classes.item}">${head}${sub}</li>`;
  });
  return `<ul class="${classes.menu}">${items.join('')}</ul>`;
}

function homeLink(view: PageView, text: (t: string) => string, className: string): string {
  return a(view, { target: { path: '/' }, text: view.site.spec.name }, text, ` class="${className}"`);
}

const THEMES: Record<ThemeName, Theme> = {
  klassiek: {
    entities: true,
    contentType: 'text/html',
    head: (view, text) =>
      `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>${text(view.page.title)} - ${text(view.site.spec.name)}</title>\n` +
      `<style>body{font-family:Verdana,sans-serif;font-size:12px}#wrapper{width:960px;margin:auto}.menu li{display:inline;margin-right:8px}</style>`,
    body: (view, text, content) => {
      const flat: NavEntry[] = view.site.nav.flatMap((entry) => (entry.children.length ? entry.children.map((child) => ({ label: child.label, target: child.target, children: [] })) : [entry]));
      return `<div id="wrapper">
<div id="header"><h1>${homeLink(view, text, 'logo')}</h1><div class="slogan">${text(view.site.spec.motto)}</div></div>
<div id="menu">${nestedMenu(view, flat, text, { menu: 'menu', item: 'item', sub: 'sub' })}</div>
<table id="layout" width="100%"><tr><td id="content" valign="top"><div class="contentpaneopen">
<h1 class="contentheading">${text(view.page.title)}</h1>
${content}
</div></td><td id="sidebar" width="220" valign="top"><div class="moduletable"><h3>Adres</h3><p>${locationLines(view.site, view.site.spec.locations[0]).map(text).join('<br>')}</p></div></td></tr></table>
<div id="footer">${footerAddress(view, text)}<br>${footerLinks(view, text)}</div>
<div class="cookiebar">Deze website maakt gebruik van cookies. <a href="#" class="cookie-ok">OK</a></div>
</div>`;
    },
  },
  modern: {
    entities: false,
    contentType: 'text/html; charset=UTF-8',
    head: (view, text) =>
      `<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${text(view.page.title)} – ${text(view.site.spec.name)}</title>\n` +
      `<meta name="description" content="${escapeAttribute(view.site.spec.motto)}">\n` +
      `<style>.site-header{display:flex}.sub-menu{display:none}.menu-item:hover .sub-menu{display:block}#cookie-notice{position:fixed;bottom:0}</style>`,
    body: (view, text, content) => `<a class="skip-link screen-reader-text" href="#inhoud">Naar de inhoud</a>
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">${homeLink(view, text, 'custom-logo-link')}</p><p class="site-description">${text(view.site.spec.motto)}</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Hoofdmenu">${nestedMenu(view, view.site.nav, text, { menu: 'menu', item: 'menu-item', sub: 'sub-menu' })}</nav></header>
<main id="inhoud" class="site-main"><article class="page type-page"><header class="entry-header"><h1 class="entry-title">${text(view.page.title)}</h1></header>
<div class="entry-content">
${content}
</div></article></main>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget"><h2 class="widget-title">Contact</h2><p>${footerAddress(view, text)}</p></section></div><div class="site-info">${footerLinks(view, text)}</div></footer>
</div>
<div id="cookie-notice" role="dialog" aria-label="Cookies"><span id="cn-notice-text">Wij gebruiken functionele en analytische cookies om deze website te verbeteren.</span> <button id="cn-accept-cookie">Accepteren</button> <button id="cn-refuse-cookie">Weigeren</button></div>`,
  },
  speels: {
    entities: false,
    contentType: 'text/html; charset=utf-8',
    head: (view, text) =>
      `<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<title>${text(view.site.spec.name)} | ${text(view.page.title)}</title>\n` +
      `<style>body{background:#fffbe6;font-family:Comic Sans MS,cursive}.menubalk a{background:#ff7b00;color:#fff;border-radius:12px;padding:4px 10px}.kaart{border:3px dashed #4caf50}</style>`,
    body: (view, text, content) => {
      const buttons = view.site.nav
        .flatMap((entry) => (entry.children.length ? entry.children : [{ label: entry.label, target: entry.target! }]))
        .map((entry) => a(view, { target: entry.target, text: entry.label }, text))
        .join('\n');
      return `<div class="kop"><svg width="48" height="48" aria-hidden="true"><circle cx="24" cy="24" r="20" fill="#ff7b00"/></svg>
<span class="schoolnaam">${homeLink(view, text, 'naam')}</span> <em>${text(view.site.spec.motto)}</em></div>
<div class="menubalk">
${buttons}
</div>
<section class="blok" id="inhoud"><h1>${text(view.page.title)}</h1>
${content}
</section>
<div class="voet"><p>${footerAddress(view, text)}</p><p>${footerLinks(view, text)}</p></div>`;
    },
  },
  zakelijk: {
    entities: false,
    contentType: 'text/html; charset=utf-8',
    head: (view, text) =>
      `<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${text(view.page.title)} | ${text(view.site.spec.name)}</title>\n` +
      `<link rel="canonical" href="http://${view.page.host}:${view.port}${escapeAttribute(view.page.path)}">\n` +
      `<style>.mega-menu .panel{display:none}.breadcrumbs li{display:inline}.cookie-modal{position:fixed;inset:0}</style>`,
    body: (view, text, content) => `<header class="header"><div class="header__top"><div class="logo">${homeLink(view, text, 'logo__link')}</div><div class="header__tagline">${text(view.site.spec.motto)}</div></div>
<nav class="mega-menu" aria-label="Hoofdnavigatie">${nestedMenu(view, view.site.nav, text, { menu: 'mega-menu__list', item: 'mega-menu__item', sub: 'panel' })}</nav></header>
<ol class="breadcrumbs"><li>${homeLink(view, text, 'crumb')}</li><li>${text(view.page.title)}</li></ol>
<main id="inhoud"><div class="container"><h1 class="page-title">${text(view.page.title)}</h1><div class="rich-text">
${content}
</div></div></main>
<footer class="footer"><div class="footer__col">${footerAddress(view, text)}</div><div class="footer__col footer__links">${footerLinks(view, text)}</div></footer>
<div class="cookie-modal" role="dialog"><div class="cookie-modal__box"><h2>Cookies</h2><p>Met uw toestemming plaatsen wij cookies voor statistieken en ingesloten video’s.</p><button>Alles accepteren</button><button>Alleen noodzakelijk</button></div></div>`,
  },
};

export interface RenderedHtml {
  contentType: string;
  html: string;
}

/**
 * A whole HTML document. For `page.spa` the body is an empty app shell and an inline script writes the
 * themed body from base64, so none of the page's text is in the raw HTML.
 */
export function renderDocument(view: PageView): RenderedHtml {
  const theme = THEMES[view.site.spec.theme];
  const text = (t: string): string => escapeText(t, theme.entities);
  const content = renderBlocks(view, view.page.blocks, text, view.site.spec.theme);
  const head = theme.head(view, text);
  const body = theme.body(view, text, content);
  const bodyHtml = view.page.spa ? appShell(body) : body;
  return {
    contentType: theme.contentType,
    html: `<!DOCTYPE html>\n<html lang="nl">\n<head>\n${view.page.spa ? spaHead(view, text) : head}\n</head>\n<body>\n${bodyHtml}\n</body>\n</html>\n`,
  };
}

function spaHead(view: PageView, text: (t: string) => string): string {
  return `<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${text(view.site.spec.name)}</title>`;
}

/** The body of a JavaScript-rendered page: nothing readable until the script runs. */
function appShell(body: string): string {
  const payload = Buffer.from(body, 'utf8').toString('base64');
  return `<div id="app"></div>
<noscript>Schakel JavaScript in om deze pagina te bekijken.</noscript>
<script>
(function () {
  var data = "${payload}";
  var binary = atob(data);
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  document.getElementById("app").innerHTML = new TextDecoder("utf-8").decode(bytes);
})();
</script>`;
}
