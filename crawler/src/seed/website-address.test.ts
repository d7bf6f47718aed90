import { describe, expect, it } from 'vitest';
import { parseWebsiteAddress } from './website-address.ts';

describe('parseWebsiteAddress', () => {
  it.each([
    ['www.school.nl', 'http://www.school.nl/'],
    ['WWW.School.NL/', 'http://www.school.nl/'],
    ['https://bsp16hoven.nl/', 'https://bsp16hoven.nl/'],
    ['www. sterrenpad.fortior.nl', 'http://www.sterrenpad.fortior.nl/'],
    ['www.ikcdriemaster,nl', 'http://www.ikcdriemaster.nl/'],
    ['www.landstedegroep.nl/onderwijs /voortgezet-onderwijs', 'http://www.landstedegroep.nl/onderwijs/voortgezet-onderwijs'],
    ['www.nijegaast.nl/fluessen', 'http://www.nijegaast.nl/fluessen'],
    ['www.obs-de-regenboog.test:8123', 'http://www.obs-de-regenboog.test:8123/'],
    ['127.0.0.1:8080/a', 'http://127.0.0.1:8080/a'],
  ])('%s → %s', (value, url) => {
    expect(parseWebsiteAddress(value)).toEqual({ url });
  });

  it.each([' ', '', '   '])('treats %j as no website', (value) => {
    expect(parseWebsiteAddress(value)).toBeUndefined();
  });

  it.each([
    ['0528266192', 'a phone number, not a web address'],
    ['mailto:info@school.nl', 'not an http(s) address'],
    ['geen website', 'host name has no domain ending'],
    ['school', 'host name has no domain ending'],
  ])('rejects %s', (value, invalid) => {
    expect(parseWebsiteAddress(value)).toEqual({ invalid });
  });
});
