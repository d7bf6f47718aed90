import { describe, expect, it } from 'vitest';
import { TrapGuard } from './trap-guard.ts';

const crawlDate = new Date('2025-12-01T12:00:00Z');

describe('TrapGuard', () => {
  it('stops a calendar that pages beyond a year from the crawl date', () => {
    const guard = new TrapGuard({ crawlDate });
    expect(guard.check('https://school.nl/agenda?date=2026-03-14')).toBeUndefined();
    expect(guard.check('https://school.nl/agenda?date=2027-03-14')).toEqual({ reason: 'trap', detail: 'calendar-window' });
    expect(guard.check('https://school.nl/agenda?maand=5&jaar=2031')?.detail).toBe('calendar-window');
    expect(guard.check('https://school.nl/agenda/2031/05/')?.detail).toBe('calendar-window');
    expect(guard.check('https://school.nl/kalender/1999-01-01')?.detail).toBe('calendar-window');
    expect(guard.check('https://school.nl/agenda/2025/01/')).toBeUndefined();
    expect(guard.check('https://school.nl/jaarverslag/2024')).toBeUndefined();
  });

  it('treats a dated article slug as an article, not a calendar page', () => {
    const guard = new TrapGuard({ crawlDate });
    expect(guard.check('https://school.nl/2019/05/schoolreisje-naar-artis/')).toBeUndefined();
  });

  it('bounds the number of calendar pages per pattern, even inside the window', () => {
    const guard = new TrapGuard({ crawlDate, maxCalendarPagesPerPattern: 10 });
    const days = Array.from({ length: 12 }, (_, i) => `https://school.nl/agenda?date=2025-12-${String(i + 1).padStart(2, '0')}`);
    const verdicts = days.map((url) => guard.check(url));
    expect(verdicts.slice(0, 10).every((v) => v === undefined)).toBe(true);
    expect(verdicts[10]?.detail).toBe('calendar-pages');
    expect(guard.check(days[0])).toBeUndefined();
  });

  it('caps query-string variants per path and keeps accepting those already seen', () => {
    const guard = new TrapGuard({ crawlDate, maxQueryVariantsPerPath: 20 });
    for (let i = 0; i < 20; i++) expect(guard.check(`https://school.nl/nieuws?pagina=${i}`)).toBeUndefined();
    expect(guard.check('https://school.nl/nieuws?pagina=20')?.detail).toBe('query-variants');
    expect(guard.check('https://school.nl/nieuws?pagina=3')).toBeUndefined();
    expect(guard.check('https://school.nl/agenda?pagina=21')).toBeUndefined();
  });

  it('catches session ids the normaliser does not know', () => {
    const guard = new TrapGuard({ crawlDate });
    expect(guard.check('https://school.nl/(S(lit3py55t21z5v55vlm25s55))/default.aspx')?.detail).toBe('session-id');
    expect(guard.check('https://school.nl/page?sess=a8f3c9d2e1b7460f9a3c2d1e')?.detail).toBe('session-id');
    expect(guard.check('https://school.nl/page?id=42')).toBeUndefined();
  });

  it('rejects repeating and very deep paths and very long URLs', () => {
    const guard = new TrapGuard({ crawlDate });
    expect(guard.check('https://school.nl/a/b/a/b/')?.detail).toBe('repeated-segments');
    expect(guard.check('https://school.nl/x/x/x')?.detail).toBe('repeated-segments');
    expect(guard.check(`https://school.nl/${'d/'.repeat(1).concat(Array.from({ length: 13 }, (_, i) => `s${i}`).join('/'))}`)?.detail).toBe('path-depth');
    expect(guard.check(`https://school.nl/?q=${'x'.repeat(1000)}`)?.detail).toBe('url-length');
    expect(guard.check('https://school.nl/groep-8/nieuws/groep-8')).toBeUndefined();
  });
});
