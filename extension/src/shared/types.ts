// State shapes the background owns and persists, and the UI and content scripts read.
import type { Category, Finding, Level } from '../../../shared/src/index.ts';

export type { Category, Finding, Level };

/** W3C Web Annotation text-quote selector: enough to find a passage again on a changed page. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A finding as the extension keeps it: the contract's Finding plus where and when it was seen. */
export interface PageFinding extends Finding {
  /** `<blockHash>:<n>`, stable for the same block text. */
  id: string;
  blockHash: string;
  url: string;
  pageTitle: string;
  /** ISO time (UTC) the block was classified. */
  foundAt: string;
  /** The passage, quoted from its block. */
  quote: TextQuoteSelector;
  /** The trigger words, quoted from its block. */
  trigger: TextQuoteSelector;
}

export interface PageRecord {
  url: string;
  title: string;
  firstScanAt: string;
  lastScanAt: string;
  /** Findings per block hash, so a block that disappears takes its findings with it. */
  findingsByBlock: Record<string, PageFinding[]>;
}

/** Everything seen on one site (origin) in this browser session. */
export interface SiteSession {
  origin: string;
  siteName: string;
  pages: Record<string, PageRecord>;
}

export const DRAWER_MODES = ['auto', 'overlay', 'none'] as const;
export type DrawerMode = (typeof DRAWER_MODES)[number];
export type DrawerKind = 'highlight-api' | 'overlay' | 'none';

/** What the content script last reported about its own work (numbers only; untrusted). */
export interface ScanProgress {
  pageUrl: string;
  blocksSeen: number;
  blocksClassified: number;
  marksDrawn: number;
  /** True when the survey queue is empty and no classification is pending. */
  idle: boolean;
  /** Milliseconds from start to the first idle moment. */
  firstIdleMs: number;
  /** Milliseconds of main-thread work reading blocks, and drawing marks, so far. */
  surveyMs: number;
  drawMs: number;
  drawer: DrawerKind;
}

export interface TabState {
  tabId: number;
  url: string;
  origin: string;
  enabled: boolean;
  /** The browser refused to let us into the page (no click-time access, or a browser page). */
  noAccess?: boolean;
  /** The user switched schoolscan off on this page; opening the popup again does not undo that. */
  switchedOff?: boolean;
  progress?: ScanProgress;
  /** Milliseconds the background spent classifying this tab's blocks since the scan started. */
  classifyMs?: number;
}

export interface Screenshot {
  dataUrl: string;
  url: string;
  capturedAt: string;
}

/** What the popup shows for one tab. */
export interface TabView {
  tab: TabState | null;
  page: PageRecord | null;
  site: SiteSession | null;
  autoScan: boolean;
}

/** Everything an export or report needs. */
export interface ReportData {
  site: SiteSession;
  pages: PageRecord[];
  generatedAt: string;
  toolVersion: string;
  screenshot: Screenshot | null;
}

export function pageFindings(page: PageRecord): PageFinding[] {
  return Object.values(page.findingsByBlock).flat();
}

export function countByLevel(findings: readonly { level: Level }[]): Record<Level, number> {
  return {
    likely: findings.filter((f) => f.level === 'likely').length,
    review: findings.filter((f) => f.level === 'review').length,
  };
}
