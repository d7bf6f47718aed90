import { describe, expect, it } from 'vitest';
import { readRulesBundle } from '../../scripts/rules-source.ts';
import { compileLexiconProbes, lexiconFeatures } from './lexicon-probes.ts';

const probes = compileLexiconProbes(readRulesBundle());
const cues = (text: string) => lexiconFeatures(probes, text);

// Common Dutch school-site phrases that share a word with a cue but not its sense: on real sites they are
// everywhere, and a cue that fires on them teaches the model that ordinary pages look like violations.
describe('lexicon cues', () => {
  it.each([
    ['Eens per maand is er een inloopochtend.', 'LEX:price'],
    ['De huiswerkklas is twee keer per week open.', 'LEX:price'],
    ['Students have three lessons per week.', 'LEX:price'],
    ['Het schooladvies komt tot stand in overleg met de leerkracht.', 'LEX:promote'],
    ['Stand van zaken rond de verbouwing', 'LEX:promote'],
    ['Wij verwachten dat leerlingen op tijd in de les zijn.', 'LEX:pressure'],
    ['Onze docenten geven extra les aan wie dat nodig heeft.', 'LEX:bureau'],
    ['Denk aan je gymkleding op dinsdag.', 'LEX:promote'],
    ['Het Studiehuis is elke middag open.', 'LEX:bureau'],
    ['De bijdrage is vrijwillig; wij vinden het wel belangrijk dat u op de hoogte bent.', 'LEX:pressure'],
    // A zero amount in a price table says free.
    ['Huiswerkklas | 4 middagen | € 0,-', 'LEX:price'],
    // The school library is a room, not an after-school offer; a trial lesson is no discount.
    ['De lessen zijn op vrijdag in onze bibliotheek.', 'LEX:afterSchool'],
    ['Groep 8 kan op de open dag proeflessen volgen.', 'LEX:discount'],
  ])('leave %j without %s', (text, cue) => {
    expect(cues(text)).not.toContain(cue);
  });

  it.each([
    ['Bijles kost € 20 per les.', 'LEX:price'],
    ['Een oefenboek van € 0,50 per stuk.', 'LEX:price'],
    ['Huiswerkklas | 4 middagen | € 0,-', 'LEX:free'],
    ['Het abonnement: 40 euro per maand.', 'LEX:price'],
    ['Lyceo heeft een stand op de open dag.', 'LEX:promote'],
    // Pressure in the school's own word order, not only after an inversion ("verwachten wij").
    ['Wij verwachten van alle ouders dat zij de ouderbijdrage voldoen.', 'LEX:pressure'],
    ['De school verwacht dat iedere ouder de bijdrage betaalt.', 'LEX:pressure'],
    // A private tutor is a commercial provider as much as a bureau is.
    ['Op de site vindt u een lijst met bijlesdocenten in de regio.', 'LEX:bureau'],
    ['Een privéleraar kan helpen bij wiskunde.', 'LEX:bureau'],
    ['Voor extra hulp kunt u denken aan een bijlesbureau in de buurt.', 'LEX:promote'],
    // Courses for parents and language courses are paid offers like a club's, not tutoring.
    ['Taalpunt geeft op dinsdagavond een cursus Nederlands voor ouders.', 'LEX:afterSchool'],
    ['The Saturday Spanish course at the language institute costs €120.', 'LEX:afterSchool'],
    // Separable verbs split by the sentence: "bevelen … aan", "neem … contact op".
    ['Wij bevelen haar praktijk van harte aan bij ouders.', 'LEX:promote'],
    ['Neem dan contact op met Examenstart via hun app.', 'LEX:promote'],
    ['Regel tijdig bijles, bijvoorbeeld via Bijleshuis Noord.', 'LEX:bureau'],
    // "Voluntary, but necessary": the classic pressure of a school that may not compel.
    ['De ouderbijdrage is vrijwillig, maar wel noodzakelijk om alle activiteiten door te laten gaan.', 'LEX:pressure'],
    // Replacing what a pupil lost or broke is a cost parents may bear, not a compulsory contribution.
    ['Voor een vervangende schoolpas vragen we € 5.', 'LEX:legitCost'],
    ['Ben je je pas kwijt, dan betaal je € 7,50 voor een nieuwe pas.', 'LEX:legitCost'],
    ['Opzettelijke schade aan het kluisje brengen wij in rekening.', 'LEX:legitCost'],
    // Losing the place for a late payment, in the plural as much as in the singular.
    ['Na 1 maart kunnen wij geen plekken meer vrijhouden voor wie nog niet betaald heeft.', 'LEX:exclusion'],
  ])('find in %j the cue %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });
});
