/** Registry locations without a website: the seed CSVs list them with INTERNETADRES " ". */
import type { RegistryOnlySpec } from '../spec.ts';

export const REGISTRY_ONLY: readonly RegistryOnlySpec[] = [
  {
    sector: 'po', code: '98AA00', naam: 'OBS De Bosrand', straat: 'Dennenweg', huisnummer: '2', postcode: '7721 AB',
    plaats: 'Dalfsen', gemeente: 'DALFSEN', provincie: 'Overijssel', denominatie: 'Openbaar', bestuur: '90011', telefoon: '0529000801',
  },
  {
    sector: 'po', code: '98AB00', naam: 'Kindcentrum Noël', straat: 'Kerststraat', huisnummer: '24', postcode: '5611 AZ',
    plaats: 'Eindhoven', gemeente: 'EINDHOVEN', provincie: 'Noord-Brabant', denominatie: 'Rooms-Katholiek', bestuur: '90031', telefoon: '0400000802',
  },
  {
    sector: 'po', code: '98AC00', naam: 'SBO Het Carillon', straat: 'Klokkengieterij', huisnummer: '5', postcode: '2801 KM',
    plaats: 'Gouda', gemeente: 'GOUDA', provincie: 'Zuid-Holland', denominatie: 'Samenwerking Opb., PC', bestuur: '90032', telefoon: '0182000803',
  },
  {
    sector: 'vo', code: '98BA00', naam: 'Praktijkcollege Zuidoost, locatie Café-Restaurant De Leerling', straat: 'Horecaplein', huisnummer: '1', postcode: '5911 HG',
    plaats: 'Venlo', gemeente: 'VENLO', provincie: 'Limburg', denominatie: 'Openbaar', bestuur: '90033', telefoon: '0770000804', onderwijsstructuur: 'PRO',
  },
  {
    sector: 'vo', code: '98BB00', naam: 'Eemland Lyceum, nevenvestiging Leusden', straat: 'Hamersveldseweg', huisnummer: '80', postcode: '3833 GR',
    plaats: 'Leusden', gemeente: 'LEUSDEN', provincie: 'Utrecht', denominatie: 'Bijzonder', bestuur: '90034', telefoon: '0330000805', onderwijsstructuur: 'BRUGJAAR',
  },
];
