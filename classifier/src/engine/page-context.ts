import { foldForMatch } from '../../../shared/src/index.ts';

// Who is speaking? A school addressing its own parents ("wij", "uw kind") or a text about schools in
// general (ministry, news, research, parent organisations). The second only discusses the rules.
const SCHOOL_VOICE = /(?<![\p{L}])(?:wij|we|ons|onze|uw kind\w*|uw zoon|uw dochter|je|jij|jouw|jullie|onze school|bij ons)(?![\p{L}])/gu;
const DISCUSSION_VOICE = /(?<![\p{L}])(?:minister\w*|staatssecretaris|kabinet|tweede kamer|kamerle\w+|kamerbrie\w+|motie\w*|wetsvoorstel\w*|wetgeving|wetswijziging|inspectie\w*|onderzoek\w*|rapport\w*|schoolbesturen|scholen|po-raad|vo-raad|ouders (?:&|en) onderwijs|landelijk\w*|volgens|procent|ministerie|overheid|regering|politiek\w*|journalist\w*|artikel)(?![\p{L}])/gu;

export interface PageContext {
  /** 0 = the school speaking to its parents, 1 = a text that discusses schools and the rules. */
  discussion: number;
  /** Lexicons found anywhere on the page (`PAGE:bureau`): a bureau named in the intro colours later lines. */
  lexicons?: string[];
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
