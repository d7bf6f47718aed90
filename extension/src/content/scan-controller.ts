// The content script's conductor: on the user's request it surveys the page and its same-origin
// frames, has new blocks classified, paints the findings, follows changes, and undoes it all when
// switched off.
import { sendFromContent } from '../shared/messaging.ts';
import type { Category, DrawerKind, DrawerMode } from '../shared/types.ts';
import { emptyChange, type RegistryChange } from './collect/block-registry.ts';
import type { SurveyContext } from './collect/block-survey.ts';
import { planChanges } from './collect/change-plan.ts';
import type { ChangeBatch } from './collect/mutation-queue.ts';
import { ClassifyClient } from './classify-client.ts';
import { DocumentScope } from './document-scope.ts';
import { type FrameElement, FrameWatch } from './frame-watch.ts';
import { chooseDrawerKind, type Drawer, hasHighlightApi, NullDrawer } from './highlight/drawer.ts';
import { HighlightApiDrawer } from './highlight/highlight-api-drawer.ts';
import { OverlayDrawer } from './highlight/overlay-drawer.ts';
import { MarkPainter } from './mark-painter.ts';
import { currentPage, siteName } from './page-identity.ts';
import { ProgressReporter } from './progress-reporter.ts';
import { SurveyLoop } from './survey-loop.ts';
import { PointerWatch } from './ui/pointer-watch.ts';
import { Tooltip } from './ui/tooltip.ts';
import { UiHost } from './ui/ui-host.ts';

export class ScanController {
  private state: 'off' | 'starting' | 'on' = 'off';
  private top: DocumentScope | null = null;
  private pageUrl = '';
  private drawerMode: DrawerMode = 'auto';
  private drawerKind: DrawerKind = 'none';
  private stylesByBackground = false;
  private readonly ui: UiHost;
  private readonly tooltip: Tooltip;
  private readonly painter = new MarkPainter();
  private readonly frames = new FrameWatch((doc, frame, parent) => this.attachScope(doc, frame, parent));
  private readonly classify = new ClassifyClient(() => currentPage(this.doc), (hashes) => this.onResults(hashes));
  private readonly progress: ProgressReporter;
  private readonly loop = new SurveyLoop({
    context: (scope) => this.surveyContext(scope),
    onChange: (scope, change) => this.onRegistryChange(scope, change),
    onIdle: () => this.onIdle(),
  });

  constructor(private readonly doc: Document) {
    this.ui = new UiHost(doc);
    this.tooltip = new Tooltip(() => this.ui.layer('tooltip'), {
      openGuideline: (section: Category) => void sendFromContent('content/open-guideline', { section }),
    });
    this.progress = new ProgressReporter(() => ({
      pageUrl: this.pageUrl,
      blocksSeen: [...(this.top?.all() ?? [])].reduce((sum, scope) => sum + scope.registry.size, 0),
      blocksClassified: this.classify.classifiedCount,
      marksDrawn: this.painter.index.size,
      idle: !this.loop.busy && !this.classify.busy,
      drawer: this.drawerKind,
      surveyMs: Math.round(this.loop.workMs),
      drawMs: Math.round(this.painter.workMs),
    }));
  }

  get isOn(): boolean {
    return this.state !== 'off';
  }

  async start(): Promise<void> {
    if (this.state !== 'off') return;
    this.state = 'starting';
    const { pageUrl, title } = currentPage(this.doc);
    const reply = await sendFromContent('content/hello', { pageUrl, title, siteName: siteName(this.doc) });
    if (!reply.enabled || this.state !== 'starting') {
      this.state = 'off';
      return;
    }
    this.state = 'on';
    this.pageUrl = pageUrl;
    this.drawerMode = reply.drawer;
    this.progress.begin();
    this.top = this.attachScope(this.doc, null, null);
  }

  stop(): void {
    if (this.state === 'off') return;
    this.state = 'off';
    this.loop.cancel();
    this.classify.reset();
    this.progress.cancel();
    this.frames.stop();
    this.top?.stop();
    this.top = null;
    this.painter.clear();
    this.tooltip.hide();
    this.ui.unmount();
    if (this.stylesByBackground) void sendFromContent('content/style-highlights', { on: false });
    this.stylesByBackground = false;
  }

  /** Scrolls to a finding and opens its explanation. */
  async jump(findingId: string): Promise<boolean> {
    const mark = this.painter.index.ofFinding(findingId).find((entry) => entry.range.startContainer.isConnected);
    if (!mark) return false;
    const node = mark.range.startContainer;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const scope = this.scopeOf(mark.range.startContainer.ownerDocument!);
    const offset = scope?.offset() ?? { x: 0, y: 0 };
    const rect = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    this.tooltip.show(mark, new DOMRect(rect.left + offset.x, rect.top + offset.y, rect.width, rect.height), true);
    return true;
  }

  private scopeOf(doc: Document): DocumentScope | null {
    for (const scope of this.top?.all() ?? []) if (scope.doc === doc) return scope;
    return null;
  }

  private attachScope(doc: Document, frame: FrameElement | null, parent: DocumentScope | null): DocumentScope {
    const isOurs = parent ? () => false : this.ui.isOurs;
    const scope = new DocumentScope(doc, frame, parent, isOurs, (changed, batch) => this.onMutations(changed, batch));
    const pointer = new PointerWatch(doc, this.tooltip, (element) => this.painter.index.onElement(element), () => scope.offset(), this.ui.isOurs);
    scope.start({ drawer: this.makeDrawer(scope), pointer });
    this.loop.survey(scope, scope.root);
    return scope;
  }

  private makeDrawer(scope: DocumentScope): Drawer {
    const view = scope.doc.defaultView!;
    this.drawerKind = chooseDrawerKind(this.drawerMode, hasHighlightApi(view));
    if (this.drawerKind === 'none') return new NullDrawer();
    if (this.drawerKind === 'highlight-api') return new HighlightApiDrawer(scope.doc, () => this.askBackgroundForStyles());
    const views: Window[] = [];
    for (let current: DocumentScope | null = scope; current; current = current.parent) views.push(current.doc.defaultView!);
    return new OverlayDrawer(() => this.ui.layer('overlay'), () => scope.offset(), views);
  }

  private askBackgroundForStyles(): void {
    if (this.stylesByBackground) return;
    this.stylesByBackground = true;
    void sendFromContent('content/style-highlights', { on: true });
  }

  private surveyContext(scope: DocumentScope): SurveyContext {
    const onFrame = (frame: FrameElement) => {
      if (this.state === 'on') this.frames.watch(scope, frame);
    };
    return { isOurs: scope.isOurs as (element: Element) => boolean, onFrame, paths: scope.paths };
  }

  private onMutations(scope: DocumentScope, batch: ChangeBatch): void {
    if (this.state !== 'on') return;
    if (this.doc.location.href !== this.pageUrl) {
      this.restart(); // a single-page app moved to another address: a new page to scan
      return;
    }
    scope.refreshPaths();
    if (batch.overflow) {
      this.loop.survey(scope, scope.root);
    } else {
      const plan = planChanges(batch);
      for (const root of plan.surveyRoots) this.loop.survey(scope, root);
      this.loop.reread(scope, plan.reread);
    }
    const change = emptyChange();
    scope.registry.sweep(change);
    this.onRegistryChange(scope, change);
  }

  private restart(): void {
    this.stop();
    void this.start();
  }

  private onRegistryChange(scope: DocumentScope, change: RegistryChange): void {
    for (const record of change.removed) this.painter.erase(scope, record);
    for (const record of change.added) {
      const findings = this.classify.resultFor(record.hash);
      if (findings) this.painter.paint(scope, record, findings);
      else this.classify.request(record);
    }
    if (change.goneHashes.size > 0) {
      void sendFromContent('content/blocks-gone', { pageUrl: this.pageUrl, hashes: [...change.goneHashes] });
    }
    this.classify.flush(false);
    this.progress.changed();
  }

  private onResults(hashes: string[]): void {
    if (this.state !== 'on' || !this.top) return;
    for (const scope of this.top.all()) {
      for (const hash of hashes) {
        const findings = this.classify.resultFor(hash) ?? [];
        if (findings.length === 0) continue;
        for (const record of scope.registry.withHash(hash)) this.painter.paint(scope, record, findings);
      }
    }
    // Once the survey is done, the last partial batch goes out as soon as a slot is free.
    if (!this.loop.busy) this.classify.flush(true);
    this.progress.changed();
  }

  private onIdle(): void {
    this.classify.flush(true);
    this.progress.changed();
  }
}
