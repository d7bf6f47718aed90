import { describe, expect, it } from 'vitest';
import type { PageFinding, ReportData } from '../types.ts';
import { csvCell, toCsv } from './csv-export.ts';
import { escapeHtml, toHtmlReport } from './html-report.ts';
import { toJson } from './json-export.ts';
import { toMelding } from './melding.ts';

const passage = 'De ouderbijdrage van € 50 is verplicht en dient voor 1 oktober te worden voldaan.';
const finding: PageFinding = {
  id: 'abcdefghijk:0', blockHash: 'abcdefghijk', category: 'mandatory-contribution', level: 'likely', score: 0.91,
  text: passage, span: { start: 29, end: 38 }, reasons: ['De bijdrage wordt "verplicht" genoemd'], ruleIds: ['contribution.called-mandatory'],
  url: 'http://school.example/ouders', locator: 'main > p:nth-of-type(2)', pageTitle: 'Ouders <info>', foundAt: '2025-10-03T12:05:00.000Z',
  quote: { type: 'TextQuoteSelector', exact: passage, prefix: 'Welkom. ', suffix: '' },
  trigger: { type: 'TextQuoteSelector', exact: 'verplicht', prefix: 'van € 50 is ', suffix: ' en dient' },
};
const report: ReportData = {
  site: { origin: 'http://school.example', siteName: 'De Regenboog', pages: {} },
  pages: [{ url: 'http://school.example/ouders', title: 'Ouders <info>', firstScanAt: finding.foundAt, lastScanAt: finding.foundAt, findingsByBlock: { abcdefghijk: [finding] } }],
  generatedAt: '2025-10-03T12:10:00.000Z', toolVersion: '0.1.0',
  screenshot: { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', url: 'http://school.example/ouders', capturedAt: '2025-10-03T12:09:00.000Z' },
};

describe('exports', () => {
  it('JSON carries the finding with text-quote selectors', () => {
    const parsed = JSON.parse(toJson(report));
    expect(parsed.site).toEqual({ name: 'De Regenboog', origin: 'http://school.example' });
    expect(parsed.findings[0]).toMatchObject({ category: 'mandatory-contribution', level: 'likely', text: passage, url: 'http://school.example/ouders' });
    expect(parsed.findings[0].selector[0]).toEqual(finding.quote);
    expect(parsed.findings[0].triggerSelector.exact).toBe('verplicht');
  });

  it('CSV has a header, one row per finding, and quotes what needs quoting', () => {
    const csv = toCsv(report);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].split(',')[0]).toBe('number');
    expect(lines[1]).toContain('mandatory-contribution');
    expect(lines[1]).toContain('verplicht');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('the melding is Dutch, names school, URL, time, passage and reason', () => {
    const text = toMelding(report);
    expect(text).toContain('De Regenboog');
    expect(text).toContain('http://school.example/ouders');
    expect(text).toContain('3 oktober 2025');
    expect(text).toContain(passage);
    expect(text).toContain('De bijdrage wordt "verplicht" genoemd');
    expect(text).toContain('Wet vrijwillige ouderbijdrage');
    expect(text).toContain('signaal');
  });

  it('the HTML report escapes page text and embeds the screenshot', () => {
    const html = toHtmlReport(report);
    expect(html).toContain('Ouders &#60;info&#62;');
    expect(html).not.toContain('<info>');
    expect(html).toContain('<mark>verplicht</mark>');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(escapeHtml('"<&>\'')).toBe('&#34;&#60;&#38;&#62;&#39;');
  });

  it('refuses a screenshot that is not an image data URL', () => {
    const html = toHtmlReport({ ...report, screenshot: { ...report.screenshot!, dataUrl: 'javascript:alert(1)' } });
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Geen schermafbeelding');
  });
});
