import { describe, expect, it } from 'vitest';
import { canonicalKey, normalizeUrl } from './url-normalize.ts';

describe('normalizeUrl', () => {
  it.each([
    ['HTTP://WWW.School.NL:80/Over-Ons', 'http://www.school.nl/Over-Ons'],
    ['https://school.nl:443', 'https://school.nl/'],
    ['https://school.nl:8443/a', 'https://school.nl:8443/a'],
    ['https://school.nl/a/./b/../c', 'https://school.nl/a/c'],
    ['https://school.nl/pagina#contact', 'https://school.nl/pagina'],
    ['https://school.nl/?utm_source=fb&utm_medium=social&b=2&a=1&fbclid=xyz', 'https://school.nl/?a=1&b=2'],
    ['https://school.nl/?gclid=1', 'https://school.nl/'],
    ['https://school.nl/?', 'https://school.nl/'],
    ['https://school.nl/lijst?b=2&a=3&a=1', 'https://school.nl/lijst?a=3&a=1&b=2'],
    ['https://school.nl/zoek?q=caf%c3%a9&x=a+b', 'https://school.nl/zoek?q=caf%C3%A9&x=a+b'],
    ['https://school.nl/%7euser/%41', 'https://school.nl/~user/A'],
    ['https://school.nl/shop;jsessionid=ABC123?x=1', 'https://school.nl/shop?x=1'],
    ['https://school.nl/?PHPSESSID=abc&sid=1&sessionid=2&page=3', 'https://school.nl/?page=3'],
    ['https://bücher.nl/', 'https://xn--bcher-kva.nl/'],
    ['https://school.nl./a', 'https://school.nl/a'],
    ['https://user:pw@school.nl/a', 'https://school.nl/a'],
    ['https://school.nl/a/', 'https://school.nl/a/'],
    ['  https://school.nl/a  ', 'https://school.nl/a'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('resolves relative links against a base', () => {
    expect(normalizeUrl('../ouders/bijdrage.pdf', 'https://school.nl/info/nieuws/')).toBe('https://school.nl/info/ouders/bijdrage.pdf');
  });

  it.each(['mailto:info@school.nl', 'javascript:void(0)', 'tel:0123', 'not a url', 'ftp://school.nl/'])('rejects %s', (input) => {
    expect(normalizeUrl(input)).toBeUndefined();
  });
});

describe('canonicalKey', () => {
  it('treats http/https, www/non-www and a trailing slash as the same page', () => {
    const keys = ['http://www.school.nl/info/', 'https://school.nl/info', 'https://WWW.school.nl/info#x'].map((u) => canonicalKey(u));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('school.nl/info');
  });

  it('keeps different queries, paths and ports apart', () => {
    expect(canonicalKey('https://school.nl/info?a=1')).not.toBe(canonicalKey('https://school.nl/info?a=2'));
    expect(canonicalKey('https://school.nl/')).toBe('school.nl/');
    expect(canonicalKey('http://127.0.0.1:8080/a')).not.toBe(canonicalKey('http://127.0.0.1:8081/a'));
  });
});
