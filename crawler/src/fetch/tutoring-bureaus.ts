import { siteKeyOf } from './site-key.ts';

/**
 * Registrable domains of commercial tutoring, homework-support and exam-training providers that Dutch
 * schools link to. Data, not logic: extend freely.
 */
export const KNOWN_TUTORING_BUREAUS: readonly string[] = [
  'lyceo.nl',
  'studiekring.nl',
  'ssleiden.nl',
  'mrchadd.nl',
  'bijlesnetwerk.nl',
  'bijlesaanhuis.nl',
  'huiswerkbegeleiding.nl',
  'studentvoorstudent.nl',
  'onlinehuiswerkklas.nl',
  'hulpinonderwijs.nl',
  'breinkamp.nl',
  'instituutdeuil.nl',
  'squla.nl',
];

/** Words in a host name that suggest a tutoring business when the domain is not on the list. */
export const TUTORING_HOST_WORDS: readonly string[] = ['bijles', 'huiswerk', 'examentraining', 'studiebegeleiding'];

export interface TutoringBureauMatch {
  domain: string;
  matchedBy: 'list' | 'host-word';
  word?: string;
}

/**
 * Whether an outbound link points at a tutoring provider. Meant for links that leave the school's site;
 * the caller checks scope first (a school's own `huiswerkklas` page is not a bureau).
 */
export function isTutoringBureau(url: string): TutoringBureauMatch | undefined {
  const domain = siteKeyOf(url);
  if (!domain) return undefined;
  if (KNOWN_TUTORING_BUREAUS.includes(domain)) return { domain, matchedBy: 'list' };
  const host = new URL(url).hostname.toLowerCase();
  const word = TUTORING_HOST_WORDS.find((w) => host.includes(w));
  return word ? { domain, matchedBy: 'host-word', word } : undefined;
}
