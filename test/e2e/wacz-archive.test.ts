// A crawl of five test-web schools with the web archive on (the default): WARCs read back with warcio, each
// planted violation found in its archived body, verify passing untouched and failing on a changed byte or line,
// and the WACZ index replaying an HTML page and a PDF byte for byte.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestRaw } from '../sites/client.ts';
import { plantedUrl, startTestWeb } from '../sites/server.ts';
import type { SiteTruth, TestWeb } from '../sites/types.ts';
import { comparable, readJsonl, runSchoolscan, type CliResult } from './cli-harness.ts';
import {
  copyFolder, indexEntry, openWacz, readRecordAt, readWarc, recordText, waczFiles, warcFiles, type ArchivedFinding,
} from './wacz-helpers.ts';

let web: TestWeb;
let out: string;
let crawl: CliResult;
let findings: ArchivedFinding[];
let sites: SiteTruth[];

/** Plain pages, a school guide PDF (basisschool-ariens), pages built by script (ijsselzicht, golfbreker), a subdomain (lyceum-zuid). */
const SITE_IDS = ['obs-de-regenboog', 'basisschool-ariens', 'ijsselzicht-college', 'sg-de-golfbreker', 'lyceum-zuid'];

beforeAll(async () => {
  web = await startTestWeb({ version: 1 });
  sites = web.sites.filter((s) => SITE_IDS.includes(s.id));
  const dir = mkdtempSync(join(tmpdir(), 'e2e-wacz-'));
  const seeds = join(dir, 'seeds.txt');
  writeFileSync(seeds, sites.map((s) => s.seedUrl).join('\n'));
  out = join(dir, 'crawl');
  crawl = await runSchoolscan([
    'crawl', '--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', '0', '--max-pages', '45', '--concurrency', '5',
    '--no-screenshots', '--out', out, '--quiet',
  ]);
  findings = readJsonl<ArchivedFinding>(join(out, 'findings.jsonl'));
}, 600_000);

afterAll(async () => {
  await web?.close();
});

describe('the web archive of a crawl', () => {
  it('writes WARC files warcio reads to the end, and one WACZ per site', async () => {
    expect(crawl.code, crawl.stderr).toBe(0);
    const warcs = warcFiles(out);
    expect(warcs.length).toBe(sites.length);
    expect(waczFiles(out).map((f) => basename(f))).toHaveLength(sites.length);
    for (const file of warcs) {
      const records = await readWarc(readFileSync(file));
      expect(records[0].type, file).toBe('warcinfo');
      expect(Buffer.from(records[0].raw).toString()).toMatch(/software: schoolscan\//);
      const ids = new Set(records.map((r) => r.headers.get('warc-record-id')));
      for (const record of records.slice(1)) {
        expect(['response', 'request', 'resource'], file).toContain(record.type);
        expect(record.headers.get('warc-block-digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
        if (record.type === 'response') expect(record.headers.get('warc-payload-digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
        if (record.type === 'request') expect(ids.has(record.headers.get('warc-concurrent-to'))).toBe(true);
      }
      const targets = records.map((r) => r.headers.get('warc-target-uri') ?? '');
      expect(targets.some((t) => t.endsWith('/robots.txt')), `${file} robots.txt`).toBe(true);
    }
  });

  it('holds each planted violation\'s passage in the archived body of its page', async () => {
    let checked = 0;
    for (const site of sites) {
      const wacz = openWacz(waczFiles(out).find((f) => f.includes(site.host.replace(/^www\./, '')))!);
      for (const planted of site.violations) {
        const url = plantedUrl(web, site, planted);
        const entry = indexEntry(wacz, planted.rendered ? `urn:rendered-dom:${url}` : url);
        expect(entry, `${site.id} ${url}`).toBeDefined();
        const { record, text } = await recordText(wacz[`archive/${entry!.filename}`], Number(entry!.offset), url);
        expect(record.warcType).toBe(planted.rendered ? 'resource' : 'response');
        expect(text, `${site.id} ${url}`).toContain(comparable(planted.phrase));
        checked++;
      }
    }
    expect(checked).toBe(sites.reduce((n, s) => n + s.violations.length, 0));
  });

  it('points every finding at the archived record its passage was read from', async () => {
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      const ref = finding.evidence.archive!;
      expect(ref.recordId, finding.url).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(ref.timestamp).toMatch(/^\d{14}$/);
      const { record, text } = await recordText(readFileSync(join(out, ref.warcFile)), ref.offset, finding.url);
      expect(record.warcHeaders.headers.get('WARC-Record-ID')).toBe(ref.recordId);
      expect(text, finding.url).toContain(comparable(finding.text));
    }
  });

  it('verify passes on the untouched folder and on each WACZ', async () => {
    const folder = await runSchoolscan(['verify', out]);
    expect(folder.code, folder.stdout + folder.stderr).toBe(0);
    expect(folder.stdout).toMatch(/IN ORDE \/ OK: \d+ bevinding/);
    expect(folder.stdout).not.toMatch(/✗/);
    for (const file of waczFiles(out)) expect((await runSchoolscan(['verify', file])).code, file).toBe(0);
  });

  it('verify fails naming the record after one byte of a WARC changed', async () => {
    const copy = copyFolder(out);
    const ref = findings.find((f) => f.evidence.archive)!.evidence.archive!;
    const file = join(copy, ref.warcFile);
    const bytes = readFileSync(file);
    bytes[ref.offset + 40] ^= 0x20;
    writeFileSync(file, bytes);
    const result = await runSchoolscan(['verify', copy]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✗ ${ref.warcFile}`);
    expect(result.stdout).toMatch(new RegExp(`byte ${ref.offset}\\b`));
  });

  it('verify fails naming the file after one byte of a WARC inside a WACZ changed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wacz-one-')), 'site.wacz');
    const bytes = readFileSync(waczFiles(out)[0]);
    const warcAt = bytes.indexOf(Buffer.from('.warc.gz')) + 200; // inside the first stored WARC
    bytes[warcAt] ^= 0x01;
    writeFileSync(file, bytes);
    const result = await runSchoolscan(['verify', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ site\.wacz:archive\/.+\.warc\.gz: sha256 or size differs/);
  });

  it('verify fails naming the line after one line of findings.jsonl changed', async () => {
    const copy = copyFolder(out);
    const lines = readFileSync(join(copy, 'findings.jsonl'), 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes('"level":"likely"'));
    lines[index] = lines[index].replace('"level":"likely"', '"level":"review"');
    writeFileSync(join(copy, 'findings.jsonl'), lines.join('\n'));
    const result = await runSchoolscan(['verify', copy]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`✗ AFWIJKING / MISMATCH \\[findings\\.jsonl line ${index + 1}\\].*line is not in the sealed copy`));
  });

  it('replays one HTML page and one PDF from the WACZ index byte for byte as the server sent them', async () => {
    const ariens = sites.find((s) => s.id === 'basisschool-ariens')!;
    const pdf = plantedUrl(web, ariens, ariens.violations.find((v) => v.pdfPage)!);
    const regenboog = sites.find((s) => s.id === 'obs-de-regenboog')!;
    const page = plantedUrl(web, regenboog, regenboog.violations[0]);
    for (const url of [page, pdf]) {
      const wacz = openWacz(waczFiles(out).find((f) => f.includes(new URL(url).hostname.replace(/^www\./, '')))!);
      const line = indexEntry(wacz, url);
      expect(line, url).toBeDefined();
      const warc = wacz[`archive/${line!.filename}`];
      const member = warc.subarray(Number(line!.offset), Number(line!.offset) + Number(line!.length));
      const { record, payload: archived } = await readRecordAt(member, 0, 'stored');
      const encoding = record.httpHeaders?.headers.get('content-encoding');
      const served = await requestRaw(url, { headers: encoding ? { 'accept-encoding': encoding } : {} });
      expect(Buffer.from(archived).equals(served.body), url).toBe(true);
      expect(`sha256:${line!.digest}`).toBe(record.warcPayloadDigest);
    }
  });

  it('report.html links each archived finding to its WACZ and record', () => {
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    const ref = findings.find((f) => f.evidence.archive)!.evidence.archive!;
    expect(report).toContain('bekijk zoals de pagina was op');
    expect(report).toContain(ref.recordId.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('signs with a user key, and verify checks the signature against a given public key', async () => {
    const copy = copyFolder(out);
    const keys = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ed25519');
    const files = { key: join(copy, 'key.pem'), pub: join(copy, 'pub.pem'), otherPub: join(copy, 'other.pem') };
    writeFileSync(files.key, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(files.pub, keys.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(files.otherPub, other.publicKey.export({ type: 'spki', format: 'pem' }));
    expect((await runSchoolscan(['wacz', '--sign-key', files.key, copy])).code).toBe(0);
    const wacz = waczFiles(copy)[0];
    expect(JSON.parse(new TextDecoder().decode(openWacz(wacz)['datapackage-digest.json'])).ed25519Signature.algorithm).toBe('Ed25519');
    const good = await runSchoolscan(['verify', '--public-key', files.pub, wacz]);
    expect(good.code, good.stdout).toBe(0);
    expect(good.stdout).toContain('handtekening (Ed25519) klopt');
    const wrong = await runSchoolscan(['verify', '--public-key', files.otherPub, wacz]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('signed with another key');
    expect(existsSync(join(copy, 'crawl.lock'))).toBe(false);
  });
});
