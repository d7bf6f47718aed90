import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../store/finding-key.ts';
import { finding } from '../store/store-fixtures.ts';
import type { PageRenderer } from '../crawl/ports.ts';
import { addScreenshots, SCREENSHOT_NOTES } from './screenshots.ts';

function fakeRenderer(fail?: string): PageRenderer & { shots: string[] } {
  const shots: string[] = [];
  return {
    shots,
    render: async () => ({ html: '', finalUrl: '' }),
    async screenshotPassage(_url, _siteId, passage, file) {
      if (fail) throw new Error(fail);
      shots.push(passage);
      writeFileSync(file, `png of ${passage}`);
      return !passage.includes('weg');
    },
  };
}

const ctx = (renderer: PageRenderer | undefined, extra = {}) => ({
  renderer, enabled: true, outDir: mkdtempSync(join(tmpdir(), 'shots-')), siteId: 'a.test', pageUrl: 'http://a.test/', kind: 'html' as const, ...extra,
});

describe('addScreenshots', () => {
  it('shoots each distinct likely passage once and names the file by its sha256', async () => {
    const findings = [finding('u', 'Bijles A'), finding('u', 'Bijles A', { category: 'mandatory-contribution' }), finding('u', 'weg B'), finding('u', 'C', { level: 'review' })];
    const renderer = fakeRenderer();
    const c = ctx(renderer);
    await addScreenshots(findings, c);
    expect(renderer.shots).toEqual(['Bijles A', 'weg B']);
    const sha = sha256Hex('png of Bijles A');
    expect(findings[0].evidence).toMatchObject({ screenshot: `evidence/a.test/${sha}.png`, screenshotSha256: sha });
    expect(findings[1].evidence.screenshot).toBe(findings[0].evidence.screenshot);
    expect(readFileSync(join(c.outDir, findings[0].evidence.screenshot!), 'utf8')).toBe('png of Bijles A');
    expect(findings[2].evidence.screenshotNote).toBe(SCREENSHOT_NOTES.notFound);
    expect(findings[3].evidence.screenshot).toBeUndefined();
  });

  it('notes instead of shooting for PDFs, when disabled, or when the browser fails', async () => {
    const pdf = [finding('u', 'x')];
    await addScreenshots(pdf, ctx(fakeRenderer(), { kind: 'pdf' }));
    expect(pdf[0].evidence).toMatchObject({ screenshotNote: SCREENSHOT_NOTES.pdf });
    const off = [finding('u', 'x')];
    await addScreenshots(off, ctx(fakeRenderer(), { enabled: false }));
    expect(off[0].evidence.screenshotNote).toBe(SCREENSHOT_NOTES.disabled);
    const broken = [finding('u', 'x')];
    const c = ctx(fakeRenderer('browser crashed'));
    await addScreenshots(broken, c);
    expect(broken[0].evidence).toMatchObject({ screenshotNote: 'mislukt: browser crashed' });
    expect(existsSync(join(c.outDir, 'evidence/a.test'))).toBe(true);
  });
});
