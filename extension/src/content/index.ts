// Content script entry. Injected only when the user asks (toolbar click, or a site they opted in
// to scan automatically). Runs once per page; a second injection finds the first one running.
import { browser } from '../shared/browser.ts';
import type { TabMessages } from '../shared/messages.ts';
import { ScanController } from './scan-controller.ts';

const RUNNING = Symbol.for('schoolscan.content');
const scope = globalThis as typeof globalThis & { [RUNNING]?: boolean };

if (!scope[RUNNING] && window === window.top) {
  scope[RUNNING] = true;
  const controller = new ScanController(document);

  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, ...payload } = (message ?? {}) as { type?: string } & Record<string, unknown>;
    if (type === 'tab/ping') return Promise.resolve({ alive: true });
    if (type === 'tab/set-enabled') {
      const { enabled } = payload as TabMessages['tab/set-enabled'];
      if (enabled) void controller.start();
      else controller.stop();
      return Promise.resolve();
    }
    if (type === 'tab/jump') {
      const { findingId } = payload as TabMessages['tab/jump'];
      return controller.jump(String(findingId)).then((found) => ({ found }));
    }
    return undefined;
  });

  void controller.start();
}
