import { describe, expect, it } from 'vitest';
import { readRulesBundle } from '../../scripts/rules-source.ts';
import { compileLexiconProbes } from './lexicon-probes.ts';
import { mentionsProvider, providerNames } from './providers.ts';

const probes = compileLexiconProbes(readRulesBundle());
const names = (...texts: string[]) => [...providerNames(probes, texts)];

describe('tutoring providers a page introduces', () => {
  it('takes a local firm named beside tutoring, a price or a partnership, and finds it again later', () => {
    const found = providerNames(probes, ['Via onze samenwerking met Rekenvonk krijgen leerlingen bijles op school.', 'De kosten zijn € 30 per uur.']);
    expect([...found]).toEqual(['rekenvonk']);
    expect(mentionsProvider(found, 'Aanmelden via rekenvonk.nl')).toBe(true);
  });

  it('leaves care, culture and sports partners alone, however the school words the partnership', () => {
    expect(names('Via onze samenwerking met Mentaal Beter kunnen leerlingen op school terecht bij een psycholoog; de kosten worden vergoed via de gemeente.')).toEqual([]);
    expect(names('Wij werken samen met Sportvereniging Olympia, die na schooltijd clinics geeft.')).toEqual([]);
  });

  it('still takes a tutoring firm that a care sentence names beside its tutoring', () => {
    expect(names('Naast de psycholoog werkt ook Leerkracht Plus met ons samen, voor bijles na schooltijd.')).toContain('leerkracht');
  });

  it("does not take the school's own name, a table cell or a common noun in capitals for a provider", () => {
    expect(names('Huiswerkbegeleiding op het Stadhouder College – gratis voor iedereen.')).toEqual([]);
    expect(names('Bijles bij obs De Regenboogvis: onze eigen leerkrachten helpen na schooltijd.')).toEqual([]);
    expect(names('Huiswerkklas: Basis (2 middagen) € 0 | Plus (4 middagen) € 0')).toEqual([]);
    expect(names('De TTO-bijdrage van € 350 betaalt de Cambridge-examens; de Vrijwillige Ouderbijdrage is € 60.')).toEqual([]);
    expect(names('Stichting Leergeld betaalt de kosten van de schoolreis voor wie dat nodig heeft.')).toEqual([]);
  });

  it('leaves national services, numbered headings and staff by first name alone', () => {
    expect(names('De decaan helpt met het inschrijven bij Studielink; bijles bij Rekenvonk kost € 30 per uur.')).toEqual(['rekenvonk']);
    expect(names('7.3 Remedial teaching', 'Op onze school werkt juf Ellen als remedial teacher; zij begeleidt kinderen met bijles in lezen.')).toEqual([]);
  });

  it('leaves lunch supervision, clubs and documents alone', () => {
    expect(names('Het overblijven kost € 2,25 per keer; u betaalt dit aan Stichting Overblijf De Wegwijzer.')).toEqual([]);
    expect(names('Judo bij Judovereniging Kaizen: proefles gratis, daarna € 18 per maand.')).toEqual([]);
    expect(names('Wij volgen het Protocol Leesproblemen en Dyslexie; kinderen krijgen extra leesbegeleiding.')).not.toContain('protocol');
  });
});
