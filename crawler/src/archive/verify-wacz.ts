// `schoolscan verify FILE.wacz`: the datapackage digest and signature, every listed file's sha256 and size,
// every WARC record's digests, every index line against its record, and every finding's passage.
import { createHash, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import type { CrawlFinding } from '../store/records.ts';
import { WACZ_FINDINGS_PATH } from './archive-layout.ts';
import type { PassageVerdict } from './archive-words.ts';
import { parseCdxjLine } from './cdxj-index.ts';
import type { DataPackage, DataPackageDigest } from './datapackage.ts';
import { checkPassage, type ExtractionCache } from './passage-check.ts';
import { checkWarc, type CheckedWarc, type Problem } from './warc-check.ts';
import { SIGNATURE_FIELD, signatureProblem } from './wacz-signature.ts';

export interface FindingVerdict {
  finding: CrawlFinding;
  verdict: PassageVerdict;
  /** Where the finding was read: `findings.jsonl line 3`, or the WACZ's findings file and line. */
  source: string;
}

export interface VerifyReport {
  /** The file or folder checked. */
  subject: string;
  problems: Problem[];
  findings: FindingVerdict[];
  signature: 'valid' | 'absent' | 'invalid';
  counts: { files: number; records: number; indexLines: number };
}

export interface VerifyOptions {
  /** The key the package must be signed with (`--public-key`); a missing signature is then a problem. */
  publicKey?: KeyObject;
}

/** A WACZ opened for checking: its files and its WARCs walked. */
export interface OpenedWacz {
  entries: Record<string, Uint8Array>;
  warcs: Map<string, CheckedWarc>;
  /** The sealed findings lines, as stored. */
  findingLines: string[];
}

export async function verifyWacz(file: string, options: VerifyOptions = {}): Promise<VerifyReport & { opened?: OpenedWacz }> {
  const name = basename(file);
  const report: VerifyReport = { subject: file, problems: [], findings: [], signature: 'absent', counts: { files: 0, records: 0, indexLines: 0 } };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await readFile(file)));
  } catch (error) {
    report.problems.push({ file: name, message: `not a readable zip: ${(error as Error).message}` });
    return report;
  }
  const pkg = checkDatapackage(name, entries, report, options);
  const warcs = new Map<string, CheckedWarc>();
  for (const path of Object.keys(entries).filter((p) => p.startsWith('archive/')).sort()) {
    const warc = await checkWarc(path, entries[path], report.problems);
    warcs.set(path, warc);
    report.counts.records += warc.records.size;
  }
  checkIndex(entries, warcs, report);
  const findingsPath = pkg?.schoolscan?.findingsPath ?? WACZ_FINDINGS_PATH;
  const findingLines = lines(entries[findingsPath]);
  const cache: ExtractionCache = new Map();
  for (const [i, line] of findingLines.entries()) {
    const finding = parseJson<CrawlFinding>(Buffer.from(line));
    const verdict = finding ? await checkPassage(finding, warcs, cache) : 'unreadable';
    report.findings.push({ finding: finding ?? ({ text: line } as CrawlFinding), verdict, source: `${name}:${findingsPath} line ${i + 1}` });
  }
  return { ...report, opened: { entries, warcs, findingLines } };
}

function checkDatapackage(name: string, entries: Record<string, Uint8Array>, report: VerifyReport, options: VerifyOptions): DataPackage | undefined {
  const raw = entries['datapackage.json'];
  if (!raw) {
    report.problems.push({ file: `${name}:datapackage.json`, message: 'missing' });
    return undefined;
  }
  const digest = parseJson<DataPackageDigest>(entries['datapackage-digest.json']);
  if (!digest) report.problems.push({ file: `${name}:datapackage-digest.json`, message: 'missing or unreadable' });
  else if (digest.hash !== sha256Label(raw)) report.problems.push({ file: `${name}:datapackage.json`, message: 'hash differs from datapackage-digest.json' });
  const signed = digest?.[SIGNATURE_FIELD];
  if (signed) {
    const problem = signatureProblem(signed, sha256Label(raw), options.publicKey);
    report.signature = problem ? 'invalid' : 'valid';
    if (problem) report.problems.push({ file: `${name}:datapackage-digest.json`, message: problem });
  } else if (options.publicKey) {
    report.problems.push({ file: `${name}:datapackage-digest.json`, message: 'not signed, but a --public-key was given' });
  }
  const pkg = parseJson<DataPackage>(raw);
  if (!pkg || pkg.profile !== 'data-package' || !Array.isArray(pkg.resources)) {
    report.problems.push({ file: `${name}:datapackage.json`, message: 'not a WACZ data package' });
    return undefined;
  }
  const listed = new Set(['datapackage.json', 'datapackage-digest.json']);
  for (const resource of pkg.resources) {
    listed.add(resource.path);
    const data = entries[resource.path];
    report.counts.files++;
    if (!data) report.problems.push({ file: `${name}:${resource.path}`, message: 'listed in datapackage.json but not in the zip' });
    else if (data.byteLength !== resource.bytes || sha256Label(data) !== resource.hash) {
      report.problems.push({ file: `${name}:${resource.path}`, message: 'sha256 or size differs from datapackage.json' });
    }
  }
  for (const path of Object.keys(entries)) if (!listed.has(path) && !path.endsWith('/')) report.problems.push({ file: `${name}:${path}`, message: 'in the zip but not listed in datapackage.json' });
  return pkg;
}

/** Each index line must lead to an intact record with the payload digest it states. */
function checkIndex(entries: Record<string, Uint8Array>, warcs: Map<string, CheckedWarc>, report: VerifyReport): void {
  for (const path of Object.keys(entries).filter((p) => p.startsWith('indexes/') && /\.cdxj?$/.test(p))) {
    for (const [i, line] of lines(entries[path]).entries()) {
      report.counts.indexLines++;
      const entry = parseCdxjLine(line);
      const record = warcs.get(`archive/${entry.filename}`)?.records.get(Number(entry.offset));
      const where = { file: path, record: `line ${i + 1} (${entry.url})` };
      if (!record || record.length !== Number(entry.length)) report.problems.push({ ...where, message: 'points at no record' });
      else if (entry.digest && record.payloadDigest && !record.payloadDigest.endsWith(`:${entry.digest}`)) report.problems.push({ ...where, message: 'digest differs from the record' });
    }
  }
}

function lines(data: Uint8Array | undefined): string[] {
  return data ? Buffer.from(data).toString('utf8').split('\n').filter((l) => l.trim() !== '') : [];
}

function parseJson<T>(data: Uint8Array | undefined): T | undefined {
  try {
    return data ? (JSON.parse(Buffer.from(data).toString('utf8')) as T) : undefined;
  } catch {
    return undefined;
  }
}

function sha256Label(data: Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}
