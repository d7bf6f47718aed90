import { foldForMatch } from '../../../shared/src/index.ts';
import { lexiconFeatures, type LexiconProbe } from './lexicon-probes.ts';
import { providerNames } from './providers.ts';

// Who is speaking? A school addressing its own parents ("wij", "uw kind") or its pupils in the impersonal
// voice of an exam regulation ("de kandidaat", "de examencommissie"), or a text about schools in general
// (ministry, news, research, parent organisations). The second only discusses the rules.
const SCHOOL_VOICE = /(?<![\p{L}])(?:wij|we|ons|onze|uw kind\w*|uw zoon|uw dochter|je|jij|jouw|jullie|onze school|bij ons|kandidaa?t\w*|examencommissie|examensecretaris|teamleider\w*|mentor\w*|intern begeleider)(?![\p{L}])/gu;
const DISCUSSION_VOICE = /(?<![\p{L}])(?:minister\w*|staatssecretaris|kabinet|tweede kamer|kamerle\w+|kamerbrie\w+|motie\w*|wetsvoorstel\w*|wetgeving|wetswijziging|inspectie\w*|onderzoek\w*|rapport\w*|schoolbesturen|scholen|po-raad|vo-raad|ouders (?:&|en) onderwijs|landelijk\w*|volgens|procent|ministerie|overheid|regering|politiek\w*|journalist\w*)(?![\p{L}])/gu;

/** From this share of discussion cues on, a page reads as discussing schools rather than a school speaking. */
export const DISCUSSION_PAGE = 0.45;

export interface PageContext {
  /** 0 = the school speaking to its parents, 1 = a text that discusses schools and the rules. */
  discussion: number;
  /** Lexicons found anywhere on the page (`PAGE:bureau`): a bureau named in the intro colours later lines. */
  lexicons?: string[];
  /** Lower-cased names of the tutoring providers the page introduces (see providers.ts). */
  providers?: ReadonlySet<string>;
}

export function pageContextOf(texts: string[]): PageContext {
  let school = 0;
  let discussion = 0;
  for (const text of texts) {
    const folded = foldForMatch(text);
    school += folded.match(SCHOOL_VOICE)?.length ?? 0;
    discussion += folded.match(DISCUSSION_VOICE)?.length ?? 0;
  }
  // Smoothed share of discussion cues; a page needs several before it counts as discussion.
  return { discussion: discussion / (discussion + school + 3) };
}

/**
 * Lexicons that may colour a whole page: context that makes a later line commercial (a bureau named in the
 * intro, its prices), marks the page as discussion, or says the support on it is the school's own and free
 * (the sign-up line under "Huiswerkklas – gratis voor iedereen" is no referral). Voluntary statements stay
 * out: one in one chapter of a school guide must not excuse a compulsory cost in another.
 */
export const PAGE_LEXICONS = new Set(['bureau', 'bureauName', 'tutoring', 'discount', 'discussionVoice', 'free', 'inSchool']);
const SUPPORT_LEXICONS = new Set(['free', 'inSchool']);

/** Whether a lexicon hit is the page cue that its support is free and the school's own (`PAGE:free`, `PAGE:inSchool:neg`). */
export function isSupportPageCue(lexicon: string): boolean {
  const [scope, name] = lexicon.split(':');
  return scope === 'PAGE' && SUPPORT_LEXICONS.has(name!);
}

// Page-wide cues are read from the top of the page; a 300-page guide is not one context. That the support is
// free and the school's own is read from the opening only (a web page's whole text, a guide's first pages):
// "de schoolboeken zijn gratis" in chapter 2 says nothing of a bureau in chapter 7.
const PAGE_LEXICON_CHARS = 6000;
const SUPPORT_CUE_CHARS = 2500;

export function pageLexiconFeatures(probes: LexiconProbe[], texts: string[]): string[] {
  const text = texts.join('\n');
  const cues = (names: (name: string) => boolean, chars: number) => lexiconFeatures(probes.filter((p) => PAGE_LEXICONS.has(p.name) && names(p.name)), text.slice(0, chars), 'PAGE');
  return [...cues((name) => !SUPPORT_LEXICONS.has(name), PAGE_LEXICON_CHARS), ...cues((name) => SUPPORT_LEXICONS.has(name), SUPPORT_CUE_CHARS)];
}

/** The page context every passage is judged in: its voice and its page-wide cues. Training, eval and classify share it. */
export function describePage(probes: LexiconProbe[], texts: string[]): PageContext {
  return { ...pageContextOf(texts), lexicons: pageLexiconFeatures(probes, texts), providers: providerNames(probes, texts) };
}
