// Words come from _locales (Dutch by default, English second); code only names the keys.
import { browser } from './browser.ts';
import type { Category, Level } from './types.ts';

export function t(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The locale the messages come from (nl or en), for number and date formats. */
export function uiLocale(): string {
  return t('localeTag');
}

const CATEGORY_KEYS: Record<Category, string> = {
  'commercial-tutoring': 'categoryCommercialTutoring',
  'mandatory-contribution': 'categoryMandatoryContribution',
};

export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEYS[category]);
}

export function levelLabel(level: Level): string {
  return t(level === 'likely' ? 'levelLikely' : 'levelReview');
}

export function formatScore(score: number): string {
  return new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Fills `data-i18n` (text), `data-i18n-title` and `data-i18n-aria-label` attributes under `root`. */
export function localize(root: ParentNode): void {
  if (root instanceof Document) root.documentElement.lang = uiLocale().slice(0, 2);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n!);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle!);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel!));
}
