// The one registry of messages between content scripts, the background and the UI pages.
// Payloads from content scripts are untrusted: the background checks them with these checkers.
import { CATEGORIES } from '../../../shared/src/index.ts';
import { HASH_PATTERN } from './hash.ts';
import type { DrawerKind, DrawerMode, PageFinding, ReportData, TabView } from './types.ts';
import { boolean, type Checked, integer, listOf, matching, oneOf, optional, record, text, webUrl } from './validate.ts';

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'table-cell'] as const;
export const MAX_BLOCK_CHARS = 20_000;
export const MAX_BLOCKS_PER_MESSAGE = 500;

const blockHash = matching(HASH_PATTERN, 11);
const count = integer(0, 10_000_000);

const blockPayload = record({
  hash: blockHash,
  kind: oneOf(BLOCK_KINDS),
  text: text(MAX_BLOCK_CHARS),
  locator: text(2000),
  headingLevel: optional(integer(1, 6)),
});
export type BlockPayload = Checked<typeof blockPayload>;

/** Messages a content script sends to the background, with their payload checkers. */
export const CONTENT_MESSAGES = {
  'content/hello': record({ pageUrl: webUrl, title: text(1000), siteName: text(300) }),
  'content/classify': record({
    pageUrl: webUrl,
    title: text(1000),
    blocks: listOf(blockPayload, MAX_BLOCKS_PER_MESSAGE),
  }),
  'content/blocks-gone': record({ pageUrl: webUrl, hashes: listOf(blockHash, 100_000) }),
  'content/progress': record({
    pageUrl: webUrl,
    blocksSeen: count,
    blocksClassified: count,
    marksDrawn: count,
    idle: boolean,
    firstIdleMs: count,
    surveyMs: count,
    drawMs: count,
    drawer: oneOf<DrawerKind>(['highlight-api', 'overlay', 'none']),
  }),
  'content/open-guideline': record({ section: oneOf(['', ...CATEGORIES] as const) }),
  /** Fallback when a page refuses our adopted stylesheet: the background injects the ::highlight rules. */
  'content/style-highlights': record({ on: boolean }),
};
export type ContentMessageType = keyof typeof CONTENT_MESSAGES;
export type ContentPayload<K extends ContentMessageType> = Checked<(typeof CONTENT_MESSAGES)[K]>;

export interface HelloReply {
  enabled: boolean;
  drawer: DrawerMode;
}

export interface ContentReplies {
  'content/hello': HelloReply;
  'content/classify': { findings: PageFinding[] };
  'content/blocks-gone': void;
  'content/progress': void;
  'content/open-guideline': void;
  'content/style-highlights': void;
}

/** Messages the background sends to the content script of a tab. */
export interface TabMessages {
  'tab/ping': Record<string, never>;
  'tab/set-enabled': { enabled: boolean };
  'tab/jump': { findingId: string };
}
export interface TabReplies {
  'tab/ping': { alive: true };
  'tab/set-enabled': void;
  'tab/jump': { found: boolean };
}

/** Messages the extension's own pages (popup, report) send to the background. */
export interface UiMessages {
  'ui/activate': { tabId: number };
  'ui/get-state': { tabId: number };
  'ui/set-enabled': { tabId: number; enabled: boolean };
  'ui/jump': { tabId: number; findingId: string };
  'ui/prepare-report': { tabId: number };
  'ui/get-report': { tabId: number };
  'ui/set-auto-scan': { tabId: number; enabled: boolean };
}
export interface UiReplies {
  'ui/activate': TabView;
  'ui/get-state': TabView;
  'ui/set-enabled': TabView;
  'ui/jump': { found: boolean };
  'ui/prepare-report': { screenshot: boolean };
  'ui/get-report': ReportData | null;
  'ui/set-auto-scan': TabView;
}

export type UiMessageType = keyof UiMessages;
export type TabMessageType = keyof TabMessages;

export function isContentMessageType(type: unknown): type is ContentMessageType {
  return typeof type === 'string' && Object.hasOwn(CONTENT_MESSAGES, type);
}

const UI_TYPES: readonly UiMessageType[] = [
  'ui/activate', 'ui/get-state', 'ui/set-enabled', 'ui/jump', 'ui/prepare-report', 'ui/get-report', 'ui/set-auto-scan',
];
export function isUiMessageType(type: unknown): type is UiMessageType {
  return UI_TYPES.includes(type as UiMessageType);
}
