// A drawer paints marks and erases them; it never looks for text. Three kinds exist: the CSS Custom
// Highlight API, an overlay in our shadow root for browsers without it, and one that draws nothing.
import type { DrawerKind, DrawerMode, PageFinding } from '../../shared/types.ts';

/** One finding at one place in the page. */
export interface Mark {
  finding: PageFinding;
  range: Range;
}

export interface Drawer {
  readonly kind: DrawerKind;
  draw(mark: Mark): void;
  erase(mark: Mark): void;
  /** Removes every trace of the drawer from the page. */
  clear(): void;
}

export function chooseDrawerKind(mode: DrawerMode, hasHighlightApi: boolean): DrawerKind {
  if (mode === 'none') return 'none';
  if (mode === 'overlay' || !hasHighlightApi) return 'overlay';
  return 'highlight-api';
}

export function hasHighlightApi(view: Window): boolean {
  const css = (view as Window & { CSS?: { highlights?: unknown } }).CSS;
  return typeof (view as Window & { Highlight?: unknown }).Highlight === 'function' && !!css?.highlights;
}

export class NullDrawer implements Drawer {
  readonly kind = 'none' as const;
  draw(): void {}
  erase(): void {}
  clear(): void {}
}
