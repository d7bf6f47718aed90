import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/src/index.ts';
import { normalizeWhitespace } from '../../../shared/src/index.ts';
import { newsArchivePage } from './fixtures/large-pages.ts';
import { extractHtml } from './html-extractor.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const PAGE_URL = 'https://regenboog.example.nl/schoolgids/ouderbijdrage.html';
const ouderbijdrage = fixture('ouderbijdrage.html');

function texts(html: string): string[] {
  return extractHtml(html).document.blocks.map((block) => block.text);
}

/**
 * Every block's locator must select exactly one element whose text holds the block's words in order.
 * Word by word, because cheerio's text() puts no space at <br> or between cells and includes hidden parts.
 */
function expectLocatorsResolve(html: string, blocks: Block[]): void {
  const $ = cheerio.load(html);
  for (const block of blocks) {
    const found = $(block.locator);
    expect(found.length, `${block.locator} for "${block.text}"`).toBe(1);
    const elementText = normalizeWhitespace(found.text());
    let from = 0;
    for (const word of block.text.split(' ').filter((word) => word !== '|')) {
      const at = elementText.indexOf(word, from);
      expect(at, `"${word}" of "${block.text}" in ${block.locator}`).toBeGreaterThanOrEqual(0);
      from = at + word.length;
    }
  }
}

describe('extractHtml on a school page', () => {
  const result = extractHtml(ouderbijdrage, PAGE_URL);
  const { blocks } = result.document;

  it('keeps the article text in document order, with the right kinds', () => {
    expect(blocks.map(({ kind, text, headingLevel }) => ({ kind, text, headingLevel }))).toEqual([
      { kind: 'heading', text: 'Ouderbijdrage en schoolkosten', headingLevel: 1 },
      { kind: 'paragraph', text: 'Bijgewerkt op 2 september 2024' },
      { kind: 'paragraph', text: 'De ouderbijdrage is een vrijwillige bijdrage van € 45 per kind per schooljaar.' },
      { kind: 'paragraph', text: 'Alle kinderen doen mee aan alle activiteiten, ook als u niet betaalt. Lees ook de brief over kosten.' },
      { kind: 'heading', text: 'Waar betalen we van?', headingLevel: 2 },
      { kind: 'list-item', text: 'Sinterklaas- en kerstviering' },
      { kind: 'list-item', text: 'Sportdag en schoolreis' },
      { kind: 'list-item', text: 'Excursies' },
      { kind: 'list-item', text: 'Museumbezoek groep 7' },
      { kind: 'paragraph', text: 'Overzicht schoolkosten 2024-2025' },
      { kind: 'table-cell', text: 'Onderdeel | Bedrag | Verplicht?' },
      { kind: 'table-cell', text: 'Ouderbijdrage | € 45 | vrijwillig' },
      { kind: 'table-cell', text: 'Schoolreis | € 30 | vrijwillig' },
      { kind: 'paragraph', text: 'Geen enkel kind wordt uitgesloten.' },
      { kind: 'paragraph', text: 'Betalen' },
      { kind: 'paragraph', text: 'Via de betaallink in de app, wanneer het u uitkomt.' },
      { kind: 'paragraph', text: 'Groep 5 op schoolreis' },
      { kind: 'paragraph', text: 'Huiswerkbegeleiding bieden wij zelf aan, gratis.' },
      { kind: 'paragraph', text: 'De huiswerkklas is op dinsdag en donderdag. Aanmelden via de leerkracht.' },
      { kind: 'paragraph', text: 'Vragen? Mail de administratie: info@regenboog.example.nl of bel 010 123 45 67.' },
      { kind: 'paragraph', text: 'Nee, de bijdrage is niet verplicht.' },
      { kind: 'paragraph', text: 'Print Naar boven' },
      { kind: 'heading', text: 'Meer weten?', headingLevel: 2 },
      { kind: 'paragraph', text: 'Bekijk de schoolgids.' },
    ]);
  });

  it('leaves out navigation, cookie banner, site header and footer, scripts, styles and hidden text', () => {
    const all = blocks.map((block) => block.text).join('\n');
    for (const absent of [
      'cookies', 'Accepteren', 'Home', 'Nieuws', 'Schoolgids ›', 'Direct naar de inhoud', 'Schoolstraat 1',
      'script-tekst', 'CSS-tekst', 'dataLayer', 'Verborgen oude tekst', 'oude tarieven', '☎',
      'Is de bijdrage verplicht?', 'Zoeken', 'JavaScript',
    ]) {
      expect(all).not.toContain(absent);
    }
  });

  it('gives every block a locator that finds it again with cheerio', () => {
    expectLocatorsResolve(ouderbijdrage, blocks);
  });

  it('points each block at its own element, anchored at the nearest unique id', () => {
    const article = '#inhoud > article';
    expect(blocks.map((block) => block.locator)).toEqual([
      `${article} > header > h1`,
      `${article} > header > p`,
      `${article} > p:nth-of-type(1)`,
      `${article} > p:nth-of-type(2)`,
      `${article} > h2`,
      `${article} > ul > li:nth-of-type(1)`,
      `${article} > ul > li:nth-of-type(2)`,
      `${article} > ul > li:nth-of-type(3)`,
      `${article} > ul > li:nth-of-type(3) > ul > li`,
      `${article} > table > caption`,
      `${article} > table > thead > tr`,
      `${article} > table > tbody > tr:nth-of-type(1)`,
      `${article} > table > tbody > tr:nth-of-type(2)`,
      `${article} > blockquote`,
      `${article} > dl > dt`,
      `${article} > dl > dd`,
      `${article} > figure > figcaption`,
      // Two blocks split on <br><br> share their container.
      `${article} > div:nth-of-type(1)`,
      `${article} > div:nth-of-type(1)`,
      `${article} > p:nth-of-type(3)`,
      '#faq-1',
      article,
      '#inhoud > aside > h2',
      '#inhoud > aside > p',
    ]);
  });

  it('reads title and language, and sees a normal page is no app shell', () => {
    expect(result.title).toBe('Ouderbijdrage en schoolkosten | Basisschool De Regenboog');
    expect(result.document.title).toBe(result.title);
    expect(result.document.url).toBe(PAGE_URL);
    expect(result.lang).toBe('nl');
    expect(result.appShell).toBe(false);
    expect(result.textLength).toBe(blocks.reduce((sum, block) => sum + block.text.length, 0));
  });

  it('returns absolute links without fragments, resolved against <base>, and skips mailto, tel and javascript', () => {
    expect(result.links).toEqual([
      { kind: 'link-alternate', url: 'https://regenboog.example.nl/en/parental-contribution', text: 'English', rel: 'alternate' },
      { kind: 'a', url: 'https://regenboog.example.nl/', text: 'Basisschool De Regenboog' },
      { kind: 'a', url: 'https://regenboog.example.nl/nieuws/', text: 'Nieuws' },
      { kind: 'a', url: 'https://regenboog.example.nl/contact', text: 'Contact' },
      { kind: 'a', url: 'https://regenboog.example.nl/schoolgids/kosten.pdf', text: 'brief over kosten' },
      { kind: 'iframe', url: 'https://www.youtube.com/embed/abc123', text: '' },
      { kind: 'a', url: 'https://regenboog.example.nl/schoolgids/gids.pdf', text: 'schoolgids', rel: 'noopener' },
    ]);
  });
});

describe('extractHtml block structure', () => {
  it('splits text loose in a div on blank lines (<br><br>), not on single line breaks', () => {
    const html = '<div id="c">Eerste alinea<br>loopt door.<br> <br>Tweede alinea.<br><br><br>Derde.</div>';
    expect(texts(html)).toEqual(['Eerste alinea loopt door.', 'Tweede alinea.', 'Derde.']);
  });

  it('reads a layout table cell by cell instead of joining its rows', () => {
    const long = 'Onze school is een open christelijke basisschool in het centrum van het dorp. '.repeat(6);
    const html = `<table><tr><td><h2>Welkom</h2><p>${long}</p></td><td>Zijbalk</td></tr></table>`;
    const { blocks } = extractHtml(html).document;
    expect(blocks.map((block) => [block.kind, block.text.slice(0, 12)])).toEqual([
      ['heading', 'Welkom'],
      ['paragraph', 'Onze school '],
      ['table-cell', 'Zijbalk'],
    ]);
    expectLocatorsResolve(html, blocks);
  });

  it('removes soft hyphens and zero-width spaces, and reads &nbsp; as a space', () => {
    expect(texts('<p>ouder&shy;bij\u200bdrage&nbsp;&nbsp;€&nbsp;45</p>')).toEqual(['ouderbijdrage € 45']);
  });

  it('keeps a <header> inside an article but drops the site header even when it has no <nav>', () => {
    const html = '<header><p>Schoolnaam</p></header><section><header><h2>Nieuws</h2></header><p>Tekst</p></section>';
    expect(texts(html)).toEqual(['Nieuws', 'Tekst']);
  });

  it('does not drop a wrapper whose class merely mentions a menu around the main content', () => {
    const html = '<div class="has-mobile-menu"><main><h1>Schoolreis</h1><p>Wij gaan naar de Efteling.</p></main></div>';
    expect(texts(html)).toEqual(['Schoolreis', 'Wij gaan naar de Efteling.']);
  });

  it('keeps the page that a modal script hid behind an open cookie dialog', () => {
    const html =
      '<div id="root" aria-hidden="true"><main><h1>Kosten</h1><p>De bijdrage is vrijwillig.</p></main></div>' +
      '<div role="dialog" class="cookie-consent"><p>Wij gebruiken cookies.</p></div>';
    expect(texts(html)).toEqual(['Kosten', 'De bijdrage is vrijwillig.']);
  });

  it('keeps hidden tab panels a visitor can open', () => {
    const html = '<div role="tabpanel" style="display:none"><p>Tarieven huiswerkbegeleiding</p></div>';
    expect(texts(html)).toEqual(['Tarieven huiswerkbegeleiding']);
  });

  it('gives locators that work for duplicate ids, odd tag names and siblings of one type', () => {
    const html =
      '<div id="x"><p>Een</p></div><div id="x"><p>Twee</p><p>Drie</p></div>' +
      '<o:p>Word-tekst</o:p><div id="3d"><span>Vier</span></div>';
    const { blocks } = extractHtml(html).document;
    expect(blocks.map((block) => block.text)).toEqual(['Een', 'Twee', 'Drie', 'Word-tekst', 'Vier']);
    expect(blocks.map((block) => block.locator)).toEqual([
      'body > div:nth-of-type(1) > p',
      'body > div:nth-of-type(2) > p:nth-of-type(1)',
      'body > div:nth-of-type(2) > p:nth-of-type(2)',
      'body',
      '[id="3d"]',
    ]);
    expectLocatorsResolve(html, blocks);
  });

  it('does not throw on broken markup and still finds the text', () => {
    const html = '<html><body><p>Open <b>vet <i>schuin</p><td>losse cel<table><tr><td>a<li>b</ul></div></span>ééé <p';
    const { blocks } = extractHtml(html).document;
    expect(blocks.map((block) => block.text).join(' ')).toContain('Open vet schuin');
    expectLocatorsResolve(html, blocks);
  });

  it('never throws on generated tag soup, and every locator still resolves', () => {
    let seed = 2024;
    const pick = <T,>(options: T[]): T => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return options[seed % options.length];
    };
    const tags = ['p', 'div', 'span', 'b', 'table', 'tr', 'td', 'th', 'ul', 'li', 'h2', 'br', 'a href="/x"', 'nav', 'header',
      'article', 'font', 'o:p', 'select', 'form', 'main', 'dl', 'dd', 'p id="dubbel"', 'tbody', 'caption', 'template', 'pre'];
    const words = ['ouderbijdrage', 'verplicht', '€ 45', 'bijles', '<br><br>', '&nbsp;', '&amp;', '<!-- x -->', '<', '>'];
    for (let page = 0; page < 100; page++) {
      let html = '';
      for (let token = 0; token < 60; token++) {
        const tag = pick(tags);
        html += pick([`<${tag}>`, `</${tag.split(' ')[0]}>`, `${pick(words)} `, `${pick(words)} `]);
      }
      expectLocatorsResolve(html, extractHtml(html).document.blocks);
    }
  });

  // Deeper than the walker recurses; parse5 itself slows down quadratically with depth, hence only 2,000.
  it('survives absurdly deep nesting', () => {
    const html = `${'<div>'.repeat(2_000)}Diep verstopt${'</div>'.repeat(2_000)}`;
    expect(texts(html)).toEqual(['Diep verstopt']);
  });

  // No timing assertion (shared CI machines vary); see html-extractor.bench.ts for the measurements.
  it('extracts a 5 MB page', () => {
    const { document, links } = extractHtml(newsArchivePage(5_000_000), 'https://school.example.nl/nieuws/');
    expect(document.blocks.length).toBeGreaterThan(10_000);
    expect(document.blocks.every((block) => block.text.length > 0)).toBe(true);
    expect(links.map((link) => link.url)).toEqual(['https://school.example.nl/pagina', 'https://school.example.nl/nieuws/groep-6']);
  });

  it('returns no blocks and no error for an empty string', () => {
    expect(extractHtml('')).toMatchObject({ document: { blocks: [] }, links: [], title: '', textLength: 0 });
  });
});

describe('extractHtml app shell detection', () => {
  it('flags an empty <div id="app"> with a script bundle', () => {
    const result = extractHtml(fixture('app-shell.html'), 'https://spa.example.nl/');
    expect(result.appShell).toBe(true);
    expect(result.title).toBe('Basisschool Het Kompas');
  });

  it('flags a page whose only text is a noscript warning', () => {
    expect(extractHtml('<body><noscript>Schakel JavaScript in.</noscript><div></div></body>').appShell).toBe(true);
  });

  it('does not flag a short page without scripts or an app mount point', () => {
    expect(extractHtml('<body><p>Deze pagina is verhuisd.</p></body>').appShell).toBe(false);
  });
});

describe('extractHtml links', () => {
  it('reads a meta refresh as a link and drops links it cannot make absolute', () => {
    const html = '<meta http-equiv="refresh" content="0; URL=\'/nieuwe-site/\'"><a href="relatief.html">x</a>';
    expect(extractHtml(html, 'https://school.example.nl/oud/').links).toEqual([
      { kind: 'meta-refresh', url: 'https://school.example.nl/nieuwe-site/', text: '' },
      { kind: 'a', url: 'https://school.example.nl/oud/relatief.html', text: 'x' },
    ]);
    expect(extractHtml(html).links).toEqual([]);
  });

  it('includes image-map areas and frames, and skips data: URLs', () => {
    const areas = '<map><area href="/plattegrond" alt="Plattegrond"></map><a href="data:text/html,hoi">d</a>';
    expect(extractHtml(areas, 'https://school.example.nl/').links).toEqual([
      { kind: 'area', url: 'https://school.example.nl/plattegrond', text: 'Plattegrond' },
    ]);
    const frames = '<frameset><frame src="menu.html"><frame src="inhoud.html"></frameset>';
    expect(extractHtml(frames, 'https://school.example.nl/').links.map((link) => `${link.kind} ${link.url}`)).toEqual([
      'frame https://school.example.nl/menu.html',
      'frame https://school.example.nl/inhoud.html',
    ]);
  });
});
