// `schoolscan verify DIR`: every WACZ of the crawl folder, then the folder's own files against them: the WARC
// records up to their committed offsets, and each line of findings.jsonl, which must stand unchanged in its
// site's sealed WACZ copy and point at an intact archive record (re-read in full where no WACZ seals it).
import { existsSync } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrawlFinding, WarcOffset } from '../store/records.ts';
import { openCrawlStore, STORE_FILE } from '../store/index.ts';
import { WACZ_DIR } from './archive-layout.ts';
import { checkPassage, type ExtractionCache } from './passage-check.ts';
import { checkWarc, findRecord, type CheckedWarc } from './warc-check.ts';
import { verifyWacz, type FindingVerdict, type VerifyOptions, type VerifyReport } from './verify-wacz.ts';

const FINDINGS_FILE = 'findings.jsonl';

/** What each site's WACZ sealed: its findings lines and their verdicts there. */
type Sealed = Map<string, { wacz: string; verdicts: Map<string, FindingVerdict['verdict']> }>;

export async function verifyCrawlFolder(dir: string, options: VerifyOptions = {}): Promise<VerifyReport[]> {
  if (!existsSync(join(dir, STORE_FILE))) throw new Error(`${dir} is not a crawl folder (no ${STORE_FILE})`);
  const reports: VerifyReport[] = [];
  const sealed: Sealed = new Map();
  for (const name of (await readdir(join(dir, WACZ_DIR)).catch(() => [] as string[])).filter((n) => n.endsWith('.wacz')).sort()) {
    const { opened, ...report } = await verifyWacz(join(dir, WACZ_DIR, name), options);
    reports.push(report);
    const verdicts = new Map(opened?.findingLines.map((line, i) => [line, report.findings[i].verdict]) ?? []);
    const siteId = siteIdOf(opened?.entries['datapackage.json']) ?? report.findings[0]?.finding.siteId;
    if (siteId) sealed.set(siteId, { wacz: `${WACZ_DIR}/${name}`, verdicts });
  }
  reports.push(await verifyLiveFiles(dir, sealed));
  return reports;
}

async function verifyLiveFiles(dir: string, sealed: Sealed): Promise<VerifyReport> {
  const report: VerifyReport = { subject: dir, problems: [], findings: [], signature: 'absent', counts: { files: 0, records: 0, indexLines: 0 } };
  const store = openCrawlStore(dir);
  let offsets: WarcOffset[];
  try {
    offsets = await store.warcOffsets();
  } finally {
    await store.close();
  }
  const warcs = new Map<string, CheckedWarc>();
  for (const offset of offsets) {
    const bytes = await committedBytes(join(dir, offset.file), offset.bytes);
    if (bytes.byteLength < offset.bytes) report.problems.push({ file: offset.file, message: `${offset.bytes - bytes.byteLength} committed bytes missing` });
    const warc = await checkWarc(offset.file, bytes, report.problems);
    warcs.set(offset.file, warc);
    report.counts.files++;
    report.counts.records += warc.records.size;
  }
  const text = await readFile(join(dir, FINDINGS_FILE), 'utf8').catch(() => '');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const cache: ExtractionCache = new Map();
  const seen = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    const finding = parseFinding(line);
    const source = `${FINDINGS_FILE} line ${i + 1}`;
    if (!finding) {
      report.findings.push({ finding: { text: line } as CrawlFinding, verdict: 'unreadable', source });
      continue;
    }
    const site = sealed.get(finding.siteId);
    if (site) seen.set(finding.siteId, (seen.get(finding.siteId) ?? 0) + 1);
    report.findings.push({ finding, source, verdict: site ? sealedVerdict(line, finding, site.verdicts, warcs) : await checkPassage(finding, warcs, cache) });
  }
  for (const [siteId, site] of sealed) {
    const missing = site.verdicts.size - (seen.get(siteId) ?? 0);
    if (missing > 0) report.problems.push({ file: FINDINGS_FILE, message: `${missing} finding(s) of ${siteId} sealed in ${site.wacz} are missing` });
  }
  return report;
}

/** A line sealed unchanged keeps the verdict its WACZ gave it; its live record must still be there, intact. */
function sealedVerdict(line: string, finding: CrawlFinding, verdicts: Map<string, FindingVerdict['verdict']>, warcs: Map<string, CheckedWarc>): FindingVerdict['verdict'] {
  const inWacz = verdicts.get(line);
  if (!inWacz) return 'line-differs';
  const copy = finding.evidence?.archive;
  if (inWacz !== 'found' || !copy) return inWacz;
  const live = findRecord(warcs.get(copy.warcFile), copy.offset, copy.recordId);
  return 'why' in live ? live.why : 'found';
}

async function committedBytes(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return new Uint8Array(0);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function parseFinding(line: string): CrawlFinding | undefined {
  try {
    return JSON.parse(line) as CrawlFinding;
  } catch {
    return undefined;
  }
}

function siteIdOf(datapackage: Uint8Array | undefined): string | undefined {
  try {
    return datapackage ? (JSON.parse(Buffer.from(datapackage).toString('utf8')) as { schoolscan?: { siteId?: string } }).schoolscan?.siteId : undefined;
  } catch {
    return undefined;
  }
}
