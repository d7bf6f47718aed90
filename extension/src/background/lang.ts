import { browser } from '../shared/browser.ts';

/** The language of the classifier's reasons follows the UI locale: Dutch unless the English locale is in use. */
export function classifierLang(): 'nl' | 'en' {
  return browser.i18n.getMessage('classifierLang') === 'en' ? 'en' : 'nl';
}
