import {
  attribute,
  classAndId,
  hasAncestor,
  hasDescendant,
  textOf,
  type Element,
} from './dom.ts';

/** Elements whose content is never visible page text (or, for form controls, never prose). */
const NEVER_TEXT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'canvas', 'video', 'audio', 'map', 'select', 'option', 'datalist', 'button', 'label',
  'input', 'textarea',
]);

const NAVIGATION_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);
/** A <header> or <footer> inside one of these belongs to that section, not to the site. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
/** Never dropped for their class or id: pages put state classes ("cookie-accepted", "menu-open") on them. */
const NEVER_BOILERPLATE = new Set(['html', 'body', 'main', 'article']);

const BOILERPLATE_CLASS_OR_ID =
  /cookie|consent|gdpr|breadcrumb|navbar|navigation|menu|skip-?(link|nav|to)|(^|[\s_-])nav([\s_-]|$)/;
const SKIP_LINK_TEXT = /^(ga |spring )?(direct )?naar (de )?(hoofd)?(inhoud|content)|^skip to/i;
const HIDDEN_BY_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Decides which elements hold no page text: invisible ones (script, hidden) and site navigation
 * boilerplate (nav, site header and footer, menus, breadcrumbs, cookie banners, skip links).
 * Hidden panels a visitor can open (tabs, accordions, `hidden="until-found"`) count as content: that is
 * where FAQ answers such as "is de ouderbijdrage verplicht?" live. So does a hidden wrapper around the
 * main content: modal scripts set aria-hidden on the page behind an open cookie dialog, and page loaders
 * hide the page until their script runs.
 */
export function createExclusionRule(elements: readonly Element[]): (element: Element) => boolean {
  let revealableIds: Set<string> | undefined;
  const isRevealable = (element: Element): boolean => {
    if (attribute(element, 'role') === 'tabpanel' || attribute(element, 'hidden') === 'until-found') return true;
    const id = attribute(element, 'id');
    if (!id) return false;
    revealableIds ??= collectControlledIds(elements);
    return revealableIds.has(id);
  };

  return (element) =>
    NEVER_TEXT.has(element.name) ||
    (isHidden(element) && !isRevealable(element) && !wrapsMainContent(element)) ||
    isBoilerplate(element);
}

function isHidden(element: Element): boolean {
  const { attribs } = element;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (element.name === 'dialog' && attribs.open === undefined) return true;
  return attribs.style !== undefined && HIDDEN_BY_STYLE.test(attribs.style);
}

function isBoilerplate(element: Element): boolean {
  const { name } = element;
  if (name === 'nav') return !wrapsMainContent(element);
  if ((name === 'header' || name === 'footer') && !hasAncestor(element, isSectioning)) return !wrapsMainContent(element);
  if (NAVIGATION_ROLES.has(attribute(element, 'role') ?? '')) return !wrapsMainContent(element);
  if (name === 'a' && isSkipLink(element)) return true;
  if (NEVER_BOILERPLATE.has(name)) return false;
  return BOILERPLATE_CLASS_OR_ID.test(classAndId(element)) && !wrapsMainContent(element);
}

function isSectioning(element: Element): boolean {
  return SECTIONING.has(element.name) || attribute(element, 'role') === 'main';
}

/** A "menu" or "cookie" class on a wrapper around the whole page must not drop the page. */
function wrapsMainContent(element: Element): boolean {
  return hasDescendant(
    element,
    (descendant) => descendant.name === 'main' || descendant.name === 'article' || descendant.name === 'h1' ||
      attribute(descendant, 'role') === 'main',
  );
}

function isSkipLink(anchor: Element): boolean {
  if (!attribute(anchor, 'href')?.startsWith('#')) return false;
  return SKIP_LINK_TEXT.test(textOf(anchor).trim());
}

function collectControlledIds(elements: readonly Element[]): Set<string> {
  const ids = new Set<string>();
  for (const element of elements) {
    const controls = attribute(element, 'aria-controls');
    if (controls) for (const id of controls.split(/\s+/)) ids.add(id);
  }
  return ids;
}
