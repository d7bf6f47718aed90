import { describe, expect, it } from 'vitest';
import { CRAWL_OPTIONS } from './crawl-options.ts';
import { formatHelp, parseCommandLine, UsageError } from './options.ts';

describe('option table', () => {
  it('applies defaults and converts values', () => {
    const { values, positionals, given } = parseCommandLine(CRAWL_OPTIONS, ['--max-pages', '20', '--host-map', '*.test=127.0.0.1', '--host-map', 'a.nl=10.0.0.1', '--render=never', 'http://a.test/']);
    expect(values.maxPages).toBe(20);
    expect(values.maxDepth).toBe(5);
    expect(values.render).toBe('never');
    expect(values.hostMap).toEqual(['*.test=127.0.0.1', 'a.nl=10.0.0.1']);
    expect(values.noRobots).toBe(false);
    expect(values.out).toMatch(/^schoolscan-out\/\d{4}-/);
    expect(values.userAgent).toMatch(/^schoolscan\/\d/);
    expect(positionals).toEqual(['http://a.test/']);
    expect([...given].sort()).toEqual(['hostMap', 'maxPages', 'render']);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--max-pages', 'ten'], /--max-pages expects a whole number/],
    [['--concurrency', '0'], /--concurrency must be at least 1/],
    [['--render', 'sometimes'], /--render must be one of auto, never, always/],
    [['--max-pages'], /argument missing/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommandLine(CRAWL_OPTIONS, argv)).toThrow(UsageError);
    expect(() => parseCommandLine(CRAWL_OPTIONS, argv)).toThrow(message);
  });

  it('documents every option with its default', () => {
    const help = formatHelp('schoolscan crawl [OPTIONS] <URL...>', 'Crawl.', CRAWL_OPTIONS);
    for (const flag of ['--max-pages N', '--render auto|never|always', '--host-map HOST=IP', '--no-robots', '-q, --quiet']) expect(help).toContain(flag);
    expect(help).toContain('(default: 200)');
    expect(help).toContain('(default: ./schoolscan-out/<timestamp>)');
  });
});
