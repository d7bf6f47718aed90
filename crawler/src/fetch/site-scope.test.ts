import { describe, expect, it } from 'vitest';
import { folderOf, SiteScope } from './site-scope.ts';
import { isTutoringBureau } from './tutoring-bureaus.ts';

describe('SiteScope', () => {
  it('takes subdomains and www/http variants in and other domains out', () => {
    const scope = new SiteScope(['https://www.obs-regenboog.nl/']);
    expect(scope.inScope('http://obs-regenboog.nl/contact')).toBe(true);
    expect(scope.inScope('https://www.obs-regenboog.nl:8443/x')).toBe(true);
    expect(scope.inScope('https://agenda.obs-regenboog.nl/2025')).toBe(true);
    expect(scope.inScope('https://obs-regenboog.com/')).toBe(false);
    expect(scope.inScope('https://www.lyceo.nl/')).toBe(false);
    expect(scope.inScope('mailto:info@obs-regenboog.nl')).toBe(false);
    expect(scope.inScope('ftp://obs-regenboog.nl/')).toBe(false);
  });

  it('lets a school on a board subdomain reach the board site but not its siblings', () => {
    const scope = new SiteScope(['https://zevenster.quadraten.nl/']);
    expect(scope.inScope('https://zevenster.quadraten.nl/ouders')).toBe(true);
    expect(scope.inScope('https://www.quadraten.nl/ouderbijdrage')).toBe(true);
    expect(scope.inScope('https://quadraten.nl/')).toBe(true);
    expect(scope.inScope('https://wegwijzer.quadraten.nl/')).toBe(false);
  });

  it('keeps a path-scoped school in its folder of the shared host', () => {
    const scope = SiteScope.fromSeed({ startUrls: ['https://www.nijegaast.nl/fluessen'], pathScoped: true });
    expect(scope.inScope('https://www.nijegaast.nl/fluessen')).toBe(true);
    expect(scope.inScope('https://nijegaast.nl/fluessen/nieuws/1')).toBe(true);
    expect(scope.inScope('https://www.nijegaast.nl/bolster/')).toBe(false);
    expect(new SiteScope(['https://www.school.nl/home']).inScope('https://www.school.nl/ouders')).toBe(true);
  });

  it('keys IP addresses and localhost by host and port', () => {
    const scope = new SiteScope(['http://127.0.0.1:8080/']);
    expect(scope.inScope('http://127.0.0.1:8080/a')).toBe(true);
    expect(scope.inScope('http://127.0.0.1:8081/a')).toBe(false);
    expect(new SiteScope(['http://localhost:3000/']).inScope('http://localhost:3001/')).toBe(false);
  });

  it('accepts a redirect target as a new root', () => {
    const scope = new SiteScope(['https://www.oudenaam.nl/']);
    expect(scope.inScope('https://www.nieuwenaam.nl/')).toBe(false);
    scope.addRoot('https://www.nieuwenaam.nl/');
    expect(scope.inScope('https://nieuwenaam.nl/contact')).toBe(true);
    expect(scope.siteKeys).toEqual(['oudenaam.nl', 'nieuwenaam.nl']);
  });
});

describe('folderOf', () => {
  it.each([
    ['/', '/'],
    ['/fluessen', '/fluessen/'],
    ['/scholen/de-regenboog/', '/scholen/de-regenboog/'],
    ['/a/index.php', '/a/'],
  ])('%s → %s', (path, folder) => expect(folderOf(path)).toBe(folder));
});

describe('isTutoringBureau', () => {
  it('knows listed bureaus, including their subdomains', () => {
    expect(isTutoringBureau('https://www.lyceo.nl/huiswerkbegeleiding')).toEqual({ domain: 'lyceo.nl', matchedBy: 'list' });
    expect(isTutoringBureau('https://ouders.studiekring.nl/')).toMatchObject({ domain: 'studiekring.nl' });
  });

  it('recognises tutoring words in unknown host names', () => {
    expect(isTutoringBureau('https://www.bijlesbureau-utrecht.nl/')).toMatchObject({ matchedBy: 'host-word', word: 'bijles' });
    expect(isTutoringBureau('https://examentraining-zuid.nl/')).toMatchObject({ word: 'examentraining' });
  });

  it('ignores ordinary links', () => {
    expect(isTutoringBureau('https://www.rijksoverheid.nl/onderwerpen/ouderbijdrage')).toBeUndefined();
    expect(isTutoringBureau('not a url')).toBeUndefined();
  });
});
