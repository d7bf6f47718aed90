// Words of `schoolscan verify` and of the report's archive line, Dutch first and English beside it.

export type PassageVerdict = 'found' | 'no-reference' | 'record-missing' | 'record-damaged' | 'other-record' | 'not-found'
  | 'hash-differs' | 'unreadable' | 'line-differs';

export const VERDICTS: Record<PassageVerdict, { nl: string; en: string }> = {
  found: { nl: 'passage staat in het archief', en: 'passage found in the archive' },
  'no-reference': { nl: 'bevinding verwijst niet naar het archief', en: 'finding does not point into the archive' },
  'record-missing': { nl: 'archiefrecord ontbreekt', en: 'archive record missing' },
  'record-damaged': { nl: 'archiefrecord beschadigd', en: 'archive record damaged' },
  'other-record': { nl: 'op die plek staat een ander archiefrecord', en: 'another archive record sits at that place' },
  'not-found': { nl: 'passage staat niet in de gearchiveerde pagina', en: 'passage not in the archived page' },
  'hash-differs': { nl: 'gearchiveerde inhoud wijkt af van de hash in de bevinding', en: 'archived content differs from the hash the finding quotes' },
  unreadable: { nl: 'gearchiveerde pagina of bevinding onleesbaar', en: 'archived page or finding unreadable' },
  'line-differs': { nl: 'regel staat niet zo in de verzegelde kopie (WACZ)', en: 'line is not in the sealed copy (WACZ) as it stands' },
};

export const VERIFY_WORDS = {
  ok: { nl: 'IN ORDE', en: 'OK' },
  failed: { nl: 'AFWIJKING', en: 'MISMATCH' },
  signatureValid: { nl: 'handtekening (Ed25519) klopt', en: 'signature (Ed25519) valid' },
  unsigned: { nl: 'niet ondertekend', en: 'not signed' },
  summary: (findings: number, failed: number, problems: number) =>
    `${findings} bevinding(en), ${failed} afwijkend; ${problems} probleem/problemen in de bestanden / ` +
    `${findings} finding(s), ${failed} failed; ${problems} problem(s) in the files`,
};

/** The report's line under a finding: where the page is archived and how to open it. */
export const REPORT_ARCHIVE = {
  viewAsItWas: 'bekijk zoals de pagina was op',
  openIn: 'te openen in',
  howTo: '(kies “Choose File”, dan de pagina)',
  recordId: 'WARC-Record-ID',
  inFile: 'in',
};
