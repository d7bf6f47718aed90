// The background's single entry for messages. A sender is either one of our own pages (privileged)
// or a content script in a web page (untrusted): each may only use its own message types, and
// content payloads are checked field by field before any handler sees them.
import { browser, type Runtime } from '../shared/browser.ts';
import { CONTENT_MESSAGES, isContentMessageType, isUiMessageType, type UiMessages, type UiMessageType } from '../shared/messages.ts';
import { contentHandlers } from './content-handlers.ts';
import { originOf } from './session-state.ts';
import { uiHandlers } from './ui-handlers.ts';

function isOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

function routeContent(message: Record<string, unknown>, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const type = message.type;
  const tabId = sender.tab?.id;
  if (!isContentMessageType(type) || tabId === undefined || sender.frameId !== 0 || !sender.url) return undefined;
  const payload = CONTENT_MESSAGES[type](message, type) as { pageUrl?: string };
  // A content script speaks only for the site its frame is on.
  if (payload.pageUrl !== undefined && originOf(payload.pageUrl) !== originOf(sender.url)) {
    return Promise.reject(new Error(`${type}: page URL is not the sender's site`));
  }
  const handler = contentHandlers[type] as (payload: unknown, tabId: number) => Promise<unknown>;
  return handler(payload, tabId);
}

function routeUi(message: Record<string, unknown>): Promise<unknown> | undefined {
  const type = message.type;
  if (!isUiMessageType(type)) return undefined;
  const handler = uiHandlers[type] as (payload: UiMessages[UiMessageType]) => Promise<unknown>;
  return handler(message as unknown as UiMessages[UiMessageType]);
}

export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const record = message as Record<string, unknown>;
    try {
      return isOwnPage(sender) ? routeUi(record) : routeContent(record, sender);
    } catch (error) {
      return Promise.reject(error);
    }
  });
}
