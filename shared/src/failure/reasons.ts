/**
 * The one closed list of reasons a URL failed or was skipped. pages.jsonl records it, the report counts it,
 * and `retry` says whether trying again later could help.
 */
export const FAILURE_REASONS = {
  'dns': { retry: true, nl: 'Domeinnaam niet gevonden', en: 'Host name not found' },
  'connection': { retry: true, nl: 'Verbinding mislukt', en: 'Connection failed' },
  'tls': { retry: false, nl: 'Beveiligde verbinding mislukt (TLS)', en: 'TLS handshake failed' },
  'timeout': { retry: true, nl: 'Te lang geen antwoord', en: 'Timed out' },
  'http-4xx': { retry: false, nl: 'Pagina niet beschikbaar (4xx)', en: 'Client error status (4xx)' },
  'http-429': { retry: true, nl: 'Te veel verzoeken (429)', en: 'Too many requests (429)' },
  'http-5xx': { retry: true, nl: 'Serverfout (5xx)', en: 'Server error (5xx)' },
  'redirect-loop': { retry: false, nl: 'Doorverwijzingen in een kringetje', en: 'Redirect loop' },
  'too-many-redirects': { retry: false, nl: 'Te veel doorverwijzingen', en: 'Too many redirects' },
  'too-large': { retry: false, nl: 'Bestand te groot', en: 'Body too large' },
  'decompression-bomb': { retry: false, nl: 'Uitgepakt bestand te groot', en: 'Decompressed body too large' },
  'encoding': { retry: false, nl: 'Tekencodering onleesbaar', en: 'Unreadable character encoding' },
  'unsupported-type': { retry: false, nl: 'Geen HTML of PDF', en: 'Not HTML or PDF' },
  'corrupt-pdf': { retry: false, nl: 'PDF kon niet worden gelezen', en: 'PDF could not be parsed' },
  'empty': { retry: false, nl: 'Geen leesbare tekst', en: 'No readable text' },
  'render-failed': { retry: true, nl: 'Pagina kon niet in de browser worden geladen', en: 'Browser rendering failed' },
  'no-browser': { retry: false, nl: 'Browser nodig maar niet gevonden', en: 'Rendering needed but no browser found' },
  'robots': { retry: false, nl: 'Uitgesloten door robots.txt', en: 'Disallowed by robots.txt' },
  'out-of-scope': { retry: false, nl: 'Buiten de website van de school', en: 'Outside the school site' },
  'page-cap': { retry: false, nl: 'Paginalimiet bereikt', en: 'Page cap reached' },
  'depth-cap': { retry: false, nl: 'Maximale diepte bereikt', en: 'Depth cap reached' },
  'trap': { retry: false, nl: 'Oneindige reeks pagina\'s (kalender, zoekparameters)', en: 'Crawler trap (calendar, query strings)' },
  'duplicate': { retry: false, nl: 'Zelfde inhoud als een andere pagina', en: 'Same content as another page' },
  'extract-failed': { retry: false, nl: 'Tekst kon niet worden gelezen', en: 'Text extraction failed' },
  'classify-failed': { retry: false, nl: 'Kon niet worden beoordeeld', en: 'Could not be classified' },
  'invalid-url': { retry: false, nl: 'Ongeldig webadres', en: 'Invalid URL' },
  'internal': { retry: false, nl: 'Interne fout', en: 'Internal error' },
} as const satisfies Record<string, { retry: boolean; nl: string; en: string }>;

export type FailureReason = keyof typeof FAILURE_REASONS;

export function isFailureReason(value: string): value is FailureReason {
  return Object.hasOwn(FAILURE_REASONS, value);
}
