import { foldForMatch } from '../../../shared/src/index.ts';
import { lexiconFeatures, type LexiconProbe } from './lexicon-probes.ts';

/**
 * Who sells the lessons? Most bureaus on school sites are local firms no brand list knows ("Leerlab Noord",
 * "StudieSprint"). Once a page has named one in a sentence about tutoring, prices or promotion, every later
 * line that mentions it ("De kosten van Examenrust…", "Aanmelden via cijferkracht.nl") is about that provider.
 */

const CUE_LEXICONS = new Set(['tutoring', 'bureau', 'bureauName', 'discount', 'price', 'promote']);
// Schools also work with care, sport and culture partners; a name beside one of those, in a sentence without a
// word of tutoring, is not a tutoring provider ("Via onze samenwerking met Mentaal Beter … bij een psycholoog").
const OTHER_PARTNER = /(?<![\p{L}])(?:psycholo\w*|orthopedago\w*|jeugdarts|jeugdverpleegkundige|ggd|jeugdzorg|wijkteam|schoolmaatschappelijk\w*|consultatiebureau|bibliothe\w*|\w*opvang|bso|overblijf\w*|tussenschoolse|tso|logopedi\w*|fysiotherap\w*|ergotherap\w*|\w*verenigin\w*|sportclub\w*|muziekschool\w*|dansschool\w*|zwemschool\w*|kunstencentrum|theater\w*|museum|musea|zorgverzekeraar\w*|huisarts\w*|gemeente|leergeld|jeugdfonds|kindpakket|ooievaarspas|stadspas)(?![\p{L}])/u;
const TUTORING_LEXICONS = new Set(['tutoring', 'bureauName']);
// A word any lexicon knows names a kind of thing ("Huiswerkbegeleiding", "Ouderbijdrage", "Technasium"), not a
// provider; only the brand-name lexicon holds names.
const NAME_LEXICONS = new Set(['bureauName']);

const WORD = /(?<![\p{L}\d])\p{L}[\p{L}'-]*\p{L}(?:\.(?:nl|com|org|eu))?/gu;
// Capitalised words that are not providers: function words, calendar, school systems and apps, roles, documents.
const NOT_A_NAME = new Set(
  ('de het een wij we ons onze uw jij zij hij ik voor bij met als dat dit deze die ook wie wat hoe waar van aan tot elke alle meer ' +
    'vanaf tijdens daarnaast daarom nieuw vraag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart ' +
    'april juni juli augustus september oktober november december magister somtoday schoolkassa collect parnassys zermelo ' +
    'itslearning teams google microsoft cito nederland nederlands engels wiskunde frans duits havo vwo vmbo ouders leerlingen ' +
    'kinderen groep klas school aanmelden kosten lees contact the for our students juf meester mevrouw meneer mentor decaan ' +
    'inspectie ministerie onderwijs ouderraad medezeggenschapsraad ideal stichting english dutch engelse programme programma ' +
    'leerjaar kerst pasen sinterklaas vragen overzicht toelichting inschrijving examen diploma tweede bedrag betaling echt ' +
    'january february march may june july october easter christmas parro snappet gynzy whatsapp schoolapp ' +
    'cambridge anglia protocol reglement statuut schoolgids schoolplan jaarverslag nieuwsbrief handboek beleidsplan ' +
    // National services and school tools whose names share a learning root with bureau names.
    'studielink examenblad wikiwijs kennisnet studiewijzer studiewijzers leerplicht leerplichtambtenaar studiefinanciering ' +
    'rekentuin taalzee muiswerk studiehuis toetsweek leerlingportaal ouderportaal').split(' '),
);
const SCHOOL_NAME = /(?:college|school|lyceum|gymnasium|scholengemeenschap|campus|academie|kindcentrum)$/;
// The school's own name is no provider: "het Stadhouder College", "obs De Regenboog", "Kindcentrum Zonneweide".
const SCHOOL_WORD_AFTER = /^(?:college|lyceum|gymnasium|scholengemeenschap|school|basisschool|kindcentrum|campus|mavo|havo|vwo)$/;
const SCHOOL_WORD_BEFORE = /^(?:obs|cbs|rkbs|pcbs|kbs|ikc|sbo|so|vso|basisschool|kindcentrum|school|college|lyceum)$/;
const LEARNING_ROOT = /examen|leer|studie|huiswerk|bijles|reken|taal|cijfer|brein|slim|wijs|coach|toets|tutor|bijspijker|les/;

interface Word { lower: string; camel: boolean; properMidSentence: boolean; partOfSchoolName: boolean; staffName: boolean }

const STAFF_TITLE = /^(?:juf|juffrouw|meester|mevrouw|meneer|mevr|mw|dhr)$/;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // A table cell ("Basis € 0 | Plus € 0") or a numbered heading ("7.3 Remedial teaching") starts like a sentence.
    const sentenceStart = m.index === 0 || /(?:[.!?:;|•–-]|^|[\n'"‘“(])\s*$/.test(before) || /^[\s\d.)•–-]*$/.test(text.slice(0, m.index));
    words.push({
      lower: m[0].toLowerCase().replace(/\.(?:nl|com|org|eu)$/, ''),
      camel: /^\p{Lu}\p{Ll}+\p{Lu}/u.test(m[0]),
      // "TTO-bijdrage", "PTA-excursie": an abbreviation's compound, not a name.
      properMidSentence: /^\p{Lu}/u.test(m[0]) && !/^\p{Lu}{2,}-/u.test(m[0]) && !sentenceStart,
      partOfSchoolName: false,
      staffName: false,
    });
  }
  words.forEach((w, i) => {
    const after = words[i + 1]?.lower ?? '';
    const before = words[i - 1]?.lower ?? '';
    const beforeArticle = /^(?:de|het|t)$/.test(before) ? (words[i - 2]?.lower ?? '') : before;
    w.partOfSchoolName = SCHOOL_WORD_AFTER.test(after) || SCHOOL_WORD_BEFORE.test(beforeArticle);
    // "juf Ellen", "meester Jorrit": the school's own staff, by far the most common first names on a school site.
    w.staffName = STAFF_TITLE.test(before);
  });
  return words;
}

/** Lower-cased names of the providers a page introduces. */
export function providerNames(probes: LexiconProbe[], texts: string[]): Set<string> {
  const cues = probes.filter((p) => CUE_LEXICONS.has(p.name));
  const tutoring = probes.filter((p) => TUTORING_LEXICONS.has(p.name));
  const otherPartner = (sentence: string) => OTHER_PARTNER.test(foldForMatch(sentence)) && !lexiconFeatures(tutoring, sentence).length;
  const generic = probes.filter((p) => !NAME_LEXICONS.has(p.name));
  const isGeneric = (word: string) =>
    generic.some((p) => {
      p.pattern.lastIndex = 0;
      return p.pattern.exec(word)?.[0].length === word.length;
    });
  const names = new Set<string>();
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      let cued: boolean | undefined;
      // Like the cues, only read for a sentence that holds a candidate name: most hold none.
      let partnerSentence: boolean | undefined;
      for (const w of wordsOf(sentence)) {
        if (!w.camel && !w.properMidSentence) continue;
        if (w.lower.length < 4 || NOT_A_NAME.has(w.lower.split('-')[0]!) || SCHOOL_NAME.test(w.lower) || w.partOfSchoolName || w.staffName || names.has(w.lower) || isGeneric(w.lower)) continue;
        if ((partnerSentence ??= otherPartner(sentence))) break;
        cued ??= lexiconFeatures(cues, sentence).some((f) => !f.endsWith(':neg'));
        if (w.camel || cued || LEARNING_ROOT.test(w.lower)) names.add(w.lower);
      }
    }
  }
  return names;
}

/** Whether a passage mentions one of the page's providers (by name or by its web address). */
export function mentionsProvider(names: ReadonlySet<string>, text: string): boolean {
  return names.size > 0 && wordsOf(text).some((w) => names.has(w.lower));
}
