// Extension benchmark: in headless Chromium with the unpacked build, how long from the user's click
// until a page is classified and highlighted, for a typical school page and for a page of 20,000
// paragraphs, and how long the page's main thread was blocked meanwhile (long tasks).
// `npx tsx bench/extension-bench.ts` prints the table; bench/run.ts calls benchExtension().
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../extension/testing/extension-browser.ts';
import { startFixtureServer } from '../extension/testing/fixture-server.ts';
import { prepareTestBuild } from '../extension/testing/test-build.ts';
import type { DrawerMode } from '../extension/src/shared/types.ts';
import type { BenchResult } from './bench-types.ts';

interface Scenario {
  label: string;
  path: string;
  runs: number;
}

const SCENARIOS: Scenario[] = [
  { label: 'typical school page', path: '/school.html', runs: 5 },
  { label: '20,000 paragraphs', path: '/generated/paragraphs?n=20000', runs: 3 },
];

interface RunFigures {
  clickToIdleMs: number;
  contentIdleMs: number;
  blocks: number;
  marks: number;
  longestTaskMs: number;
  blockedMs: number;
  /** Background time in the classifier; main-thread time reading blocks and drawing marks. */
  classifyMs: number;
  surveyMs: number;
  drawMs: number;
}

const LONG_TASK_PROBE = `
  window.__schoolscanLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__schoolscanLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

async function longTasksSince(page: Page, since: number): Promise<number[]> {
  const tasks = await page.evaluate(() => (window as unknown as { __schoolscanLongTasks: [number, number][] }).__schoolscanLongTasks);
  return tasks.filter(([start]) => start >= since).map(([, duration]) => duration);
}

async function measureOnce(browser: ExtensionBrowser, url: string): Promise<RunFigures> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the page's own load work settle
  const tabId = await browser.tabIdOf(page);
  const since = await page.evaluate(() => performance.now());
  const started = performance.now();
  await browser.send('ui/activate', { tabId });
  const view = await browser.waitForScan(tabId, () => true, 300_000);
  const clickToIdleMs = performance.now() - started;
  const tasks = await longTasksSince(page, since);
  await browser.send('ui/set-enabled', { tabId, enabled: false });
  await page.close();
  const progress = view.tab!.progress!;
  return {
    clickToIdleMs,
    contentIdleMs: progress.firstIdleMs,
    blocks: progress.blocksSeen,
    marks: progress.marksDrawn,
    longestTaskMs: Math.max(0, ...tasks),
    blockedMs: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    classifyMs: view.tab!.classifyMs ?? 0,
    surveyMs: progress.surveyMs,
    drawMs: progress.drawMs,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(browser: ExtensionBrowser, origin: string, scenario: Scenario, mode: DrawerMode): Promise<RunFigures> {
  await browser.setLocal({ drawerMode: mode });
  const runs: RunFigures[] = [];
  for (let i = 0; i <= scenario.runs; i++) {
    const figures = await measureOnce(browser, `${origin}${scenario.path}${scenario.path.includes('?') ? '&' : '?'}run=${mode}-${i}`);
    if (i > 0) runs.push(figures); // the first run warms up the browser and the classifier
  }
  const pick = (key: keyof RunFigures) => median(runs.map((run) => run[key]));
  return {
    clickToIdleMs: pick('clickToIdleMs'), contentIdleMs: pick('contentIdleMs'), blocks: pick('blocks'), marks: pick('marks'),
    longestTaskMs: pick('longestTaskMs'), blockedMs: pick('blockedMs'), classifyMs: pick('classifyMs'), surveyMs: pick('surveyMs'), drawMs: pick('drawMs'),
  };
}

export async function benchExtension(): Promise<BenchResult> {
  const build = await prepareTestBuild();
  const server = await startFixtureServer();
  const browser = await ExtensionBrowser.launch(build.chromeDir);
  await browser.context.addInitScript(LONG_TASK_PROBE);
  const rows: BenchResult['rows'] = [];
  try {
    for (const scenario of SCENARIOS) {
      const drawn = await measure(browser, server.origin, scenario, 'auto');
      const classifyOnly = await measure(browser, server.origin, scenario, 'none');
      const ms = (value: number) => Math.round(value);
      rows.push(
        { measure: `${scenario.label}: blocks read / marks drawn`, value: `${drawn.blocks} / ${drawn.marks}` },
        { measure: `${scenario.label}: click → classified + highlighted (ms)`, value: ms(drawn.clickToIdleMs) },
        { measure: `${scenario.label}: in-page scan to idle (ms)`, value: ms(drawn.contentIdleMs) },
        { measure: `${scenario.label}: click → classified, no drawing (ms)`, value: ms(classifyOnly.clickToIdleMs) },
        { measure: `${scenario.label}: of which classifier, in background (ms)`, value: ms(drawn.classifyMs) },
        { measure: `${scenario.label}: reading blocks, in page, sliced (ms)`, value: ms(drawn.surveyMs) },
        { measure: `${scenario.label}: drawing marks, in page (ms)`, value: ms(drawn.drawMs) },
        { measure: `${scenario.label}: longest main-thread task (ms)`, value: ms(drawn.longestTaskMs) },
        { measure: `${scenario.label}: main thread blocked >50 ms, total (ms)`, value: ms(drawn.blockedMs) },
      );
    }
  } finally {
    await browser.setLocal({ drawerMode: 'auto' });
    await browser.close();
    await server.close();
  }
  return {
    name: 'extension',
    rows,
    notes: [
      'Headless Debian Chromium, unpacked Chrome build; medians of several runs after one warm-up.',
      '"click" is the popup\'s activate message; "idle" is when the content script has read every block and drawn every answer.',
      'Classification runs in the background service worker, so it does not block the page; long tasks are what the page\'s main thread saw.',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchExtension();
  const width = Math.max(...result.rows.map((row) => row.measure.length));
  console.log(`## ${result.name}`);
  for (const row of result.rows) console.log(`  ${row.measure.padEnd(width)}  ${row.value}`);
  for (const note of result.notes ?? []) console.log(`  note: ${note}`);
}
