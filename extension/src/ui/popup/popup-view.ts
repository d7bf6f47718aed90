// Renders the popup's lists from a TabView; no state of its own.
import { categoryLabel, formatScore, levelLabel, t } from '../../shared/i18n.ts';
import { pageFindings, type TabView } from '../../shared/types.ts';
import { byId, el } from '../common/dom.ts';
import { passageElement } from '../common/passage.ts';

export function statusText(view: TabView): string {
  if (!view.tab) return t('statusUnavailable');
  if (!view.tab.enabled) return t('statusOff');
  if (view.tab.noAccess) return t('statusNoAccess');
  const progress = view.tab.progress;
  if (!progress) return t('statusScanning');
  const count = view.page ? pageFindings(view.page).length : 0;
  return progress.idle ? t('statusDone', [String(count)]) : `${t('statusScanning')} ${t('findingsCount', [String(count)])}`;
}

export function renderPageFindings(view: TabView, jump: (findingId: string) => void): void {
  const list = byId('page-findings');
  const findings = view.page ? pageFindings(view.page) : [];
  list.replaceChildren(
    ...findings.map((finding) => {
      const show = el('button', { type: 'button' }, t('showOnPage'));
      show.addEventListener('click', () => jump(finding.id));
      return el(
        'li',
        { class: 'finding', 'data-finding-id': finding.id },
        el(
          'div',
          { class: 'finding-head' },
          el('span', { class: `swatch ${finding.category} ${finding.level}`, 'aria-hidden': 'true' }),
          el('strong', {}, categoryLabel(finding.category)),
          el('span', { class: 'badge' }, levelLabel(finding.level)),
          el('span', { class: 'score' }, t('scoreLabel', [formatScore(finding.score)])),
        ),
        passageElement(finding),
        finding.reasons[0] ? el('p', { class: 'reason' }, finding.reasons[0]) : null,
        show,
      );
    }),
  );
  byId('page-empty').hidden = findings.length > 0 || !view.tab?.progress?.idle;
}

export function renderOtherPages(view: TabView, open: (url: string) => void): void {
  const others = Object.values(view.site?.pages ?? {}).filter((page) => page.url !== view.tab?.url);
  byId('other-pages').replaceChildren(
    ...others.map((page) => {
      const button = el('button', { type: 'button' }, t('openPage'));
      button.addEventListener('click', () => open(page.url));
      const count = pageFindings(page).length;
      return el('li', {}, el('div', {}, page.title || page.url), el('div', { class: 'muted' }, page.url), el('div', {}, t('findingsCount', [String(count)]), ' ', button));
    }),
  );
  byId('other-empty').hidden = others.length > 0;
}
