import { attribute, isElement, isText, textOf, type AnyNode, type Element } from './dom.ts';

/** Pages with at least this much extracted text have been rendered on the server, whatever their scripts. */
const APP_SHELL_MAX_TEXT_LENGTH = 200;
const APP_ROOT_IDS = new Set(['app', 'root', '__next', '__nuxt', '___gatsby', 'svelte', 'q-app', 'ember-application']);
const APP_ROOT_TAGS = new Set(['app-root']);
const APP_ROOT_ATTRIBUTES = ['ng-app', 'ng-version', 'data-reactroot', 'data-v-app', 'data-server-rendered'];
const ENABLE_JAVASCRIPT = /javascript/i;

/**
 * True when the HTML is a client-side app shell: almost no extracted text, but a mount point for a
 * script framework (an empty `<div id="app">`, `<app-root>`), a `<noscript>` asking for JavaScript, or
 * external scripts. The crawler then renders the page in a browser to see its text.
 */
export function looksLikeAppShell(elements: readonly Element[], extractedTextLength: number): boolean {
  if (extractedTextLength >= APP_SHELL_MAX_TEXT_LENGTH) return false;
  for (const element of elements) {
    if (isEmptyAppRoot(element)) return true;
    if (element.name === 'noscript' && ENABLE_JAVASCRIPT.test(textOf(element))) return true;
    if (element.name === 'script' && (attribute(element, 'src') || attribute(element, 'type') === 'module')) return true;
  }
  return false;
}

function isEmptyAppRoot(element: Element): boolean {
  const isMountPoint =
    APP_ROOT_IDS.has(attribute(element, 'id') ?? '') ||
    APP_ROOT_TAGS.has(element.name) ||
    APP_ROOT_ATTRIBUTES.some((name) => attribute(element, name) !== undefined);
  return isMountPoint && !hasVisibleText(element);
}

function hasVisibleText(element: Element): boolean {
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node) && node.data.trim() !== '') return true;
    if (isElement(node) && node.name !== 'script' && node.name !== 'style') stack.push(...node.children);
  }
  return false;
}
