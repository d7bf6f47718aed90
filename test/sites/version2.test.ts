import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAppShell } from './app-shell.ts';
import { requestRaw } from './client.ts';
import { pdfPageTexts, renderedText } from './inspect.ts';
import { startTestWeb, type SiteTruth, type TestWeb } from './server.ts';

let v1: TestWeb;
let v2: TestWeb;

beforeAll(async () => {
  [v1, v2] = await Promise.all([startTestWeb({ version: 1 }), startTestWeb({ version: 2 })]);
});

afterAll(async () => {
  await Promise.all([v1?.close(), v2?.close()]);
});

const siteIn = (web: TestWeb, id: string): SiteTruth => web.sites.find((site) => site.id === id)!;

/**
 * A path on both versions. `body` is the UTF-8 text with each server's port written as PORT (app-shell
 * pages with their script decoded, since the payload holds the port too), so versions compare.
 */
async function bothVersions(host: string, path: string): Promise<[{ status: number; body: string }, { status: number; body: string }]> {
  const get = async (web: TestWeb) => {
    const response = await requestRaw(web.origin(host) + path);
    if (response.body.subarray(0, 5).toString('latin1') === '%PDF-') return { status: response.status, body: response.body.toString('base64') };
    const html = response.body.toString('utf8');
    const app = renderAppShell(html);
    const comparable = app === null ? html : html.replace(/var data = "[^"]*"/, '') + app;
    return { status: response.status, body: comparable.replaceAll(String(web.port), 'PORT') };
  };
  return Promise.all([get(v1), get(v2)]);
}

describe('version 2 of the web', () => {
  it('lists no changes for version 1 and one change of each kind for version 2', () => {
    expect(v1.changes).toEqual([]);
    expect(v2.changes.map((change) => change.kind).sort()).toEqual(['added', 'edited', 'page-removed', 'removed']);
  });

  it('removed: the violation is gone and its site becomes clean', async () => {
    const change = v2.changes.find((c) => c.kind === 'removed')!;
    const before = siteIn(v1, change.siteId);
    const after = siteIn(v2, change.siteId);
    expect(before.violations.map((v) => v.phrase)).toEqual([change.phrase]);
    expect(after.violations).toEqual([]);
    const [old, now] = await bothVersions(before.host, change.path);
    expect(renderedText(old.body)).toContain(change.phrase);
    expect(now.status).toBe(200);
    expect(renderedText(now.body)).not.toContain(change.phrase);
  });

  it('added: a previously clean site gets a violation', async () => {
    const change = v2.changes.find((c) => c.kind === 'added')!;
    expect(siteIn(v1, change.siteId).violations).toEqual([]);
    expect(siteIn(v2, change.siteId).violations.map((v) => v.phrase)).toEqual([change.phrase]);
    const [old, now] = await bothVersions(siteIn(v1, change.siteId).host, change.path);
    expect(renderedText(old.body)).not.toContain(change.phrase);
    expect(renderedText(now.body)).toContain(change.phrase);
  });

  it('edited: a small wording change around an unchanged phrase', async () => {
    const change = v2.changes.find((c) => c.kind === 'edited')!;
    expect(change.before).toBeTruthy();
    expect(change.after).toBeTruthy();
    const [old, now] = await bothVersions(siteIn(v1, change.siteId).host, change.path);
    for (const [version, text, present, absent] of [['v1', renderedText(old.body), change.before!, change.after!], ['v2', renderedText(now.body), change.after!, change.before!]] as const) {
      expect(text, version).toContain(present);
      expect(text, version).not.toContain(absent);
      expect(text, version).toContain(change.phrase);
    }
    expect(siteIn(v2, change.siteId).violations).toEqual(siteIn(v1, change.siteId).violations);
  });

  it('page-removed: the page answers 404, its link stays behind, and it leaves the truth', async () => {
    const change = v2.changes.find((c) => c.kind === 'page-removed')!;
    const before = siteIn(v1, change.siteId);
    const after = siteIn(v2, change.siteId);
    const [old, now] = await bothVersions(before.host, change.path);
    expect(old.status).toBe(200);
    expect(renderedText(old.body)).toContain(change.phrase);
    expect(now.status).toBe(404);
    expect(before.pages).toContain(change.path);
    expect(after.pages).not.toContain(change.path);
    expect(after.brokenLinks).toContain(change.path);
    expect([...after.violations, ...after.cleanLookAlikes].map((p) => p.phrase)).not.toContain(change.phrase);
  });

  it('changes nothing else: every other page and PDF is byte-identical', async () => {
    const changedPaths = new Set(v2.changes.map((change) => `${change.siteId} ${change.path}`));
    await Promise.all(
      v1.sites.map(async (site) => {
        for (const path of site.pages) {
          if (changedPaths.has(`${site.id} ${path}`)) continue;
          const [old, now] = await bothVersions(site.host, path);
          expect(now.body === old.body, `${site.id} ${path}`).toBe(true);
        }
      }),
    );
    const changedTruth = new Set(v2.changes.map((change) => change.siteId));
    for (const site of v1.sites.filter((s) => !changedTruth.has(s.id))) {
      expect({ ...siteIn(v2, site.id), seedUrl: '' }).toEqual({ ...site, seedUrl: '' });
    }
  });

  it('marks changed pages with a newer Last-Modified', async () => {
    const change = v2.changes.find((c) => c.kind === 'edited')!;
    const host = siteIn(v2, change.siteId).host;
    const [old, now] = await Promise.all([requestRaw(v1.origin(host) + change.path), requestRaw(v2.origin(host) + change.path)]);
    expect(Date.parse(String(now.headers['last-modified']))).toBeGreaterThan(Date.parse(String(old.headers['last-modified'])));
    expect(now.headers.etag).not.toBe(old.headers.etag);
  });

  it('keeps PDF passages on their pages in version 2', async () => {
    for (const site of v2.sites.filter((s) => s.violations.some((v) => v.pdfPage))) {
      const pages = await pdfPageTexts((await requestRaw(v2.origin(site.host) + site.schoolGuide.path)).body);
      for (const planted of site.violations.filter((v) => v.pdfPage)) expect(pages[planted.pdfPage! - 1]).toContain(planted.phrase);
    }
  });
});
