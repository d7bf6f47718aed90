// datapackage.json (WACZ 1.1.1: every file with its sha256 and size, plus context for the reader) and
// datapackage-digest.json (the hash of datapackage.json, optionally signed).
import { createHash, type KeyObject } from 'node:crypto';
import { TOOL_VERSION } from '../../../shared/src/version.ts';
import type { ZippedFile } from './stored-zip-writer.ts';
import { SIGNATURE_FIELD, signHash, type Ed25519Signature } from './wacz-signature.ts';

export const WACZ_VERSION = '1.1.1';

export interface DataPackageResource {
  name: string;
  path: string;
  hash: string;
  bytes: number;
}

export interface DataPackage {
  profile: 'data-package';
  wacz_version: string;
  title: string;
  description: string;
  created: string;
  software: string;
  mainPageUrl?: string;
  mainPageDate?: string;
  resources: DataPackageResource[];
  /** schoolscan's own facts about the package. */
  schoolscan: { siteId: string; findings: number; findingsPath: string };
}

export interface DataPackageDigest {
  path: 'datapackage.json';
  hash: string;
  [SIGNATURE_FIELD]?: Ed25519Signature;
}

export interface PackageFacts {
  siteId: string;
  schoolName: string;
  created: Date;
  findings: number;
  findingsPath: string;
  mainPage?: { url: string; ts: string };
}

export function dataPackage(facts: PackageFacts, files: ZippedFile[]): DataPackage {
  return {
    profile: 'data-package',
    wacz_version: WACZ_VERSION,
    title: `schoolscan: ${facts.schoolName}`,
    description:
      `Web archive of the crawl of ${facts.siteId} by schoolscan: every HTTP exchange as WARC records, and the ` +
      `crawl's ${facts.findings} finding(s) for this site in ${facts.findingsPath}, each naming the WARC record its ` +
      'passage was read from. A finding is a signal for a person to check, not a verdict.',
    created: facts.created.toISOString(),
    software: `schoolscan ${TOOL_VERSION}`,
    ...(facts.mainPage ? { mainPageUrl: facts.mainPage.url, mainPageDate: facts.mainPage.ts } : {}),
    resources: files.map((f) => ({ name: resourceName(f.path), path: f.path, hash: f.hash, bytes: f.bytes })),
    schoolscan: { siteId: facts.siteId, findings: facts.findings, findingsPath: facts.findingsPath },
  };
}

export function digestOf(datapackageBytes: Uint8Array, signKey?: KeyObject, created?: Date): DataPackageDigest {
  const hash = `sha256:${createHash('sha256').update(datapackageBytes).digest('hex')}`;
  return { path: 'datapackage.json', hash, ...(signKey ? { [SIGNATURE_FIELD]: signHash(hash, signKey, created) } : {}) };
}

/** Data Package names are lower case [-a-z0-9._/]. */
function resourceName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase().replace(/[^-a-z0-9._/]/g, '-');
}
