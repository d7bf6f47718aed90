// Typed senders over the message registry.
import { browser } from './browser.ts';
import type {
  ContentMessageType, ContentPayload, ContentReplies, TabMessages, TabMessageType, TabReplies, UiMessages, UiMessageType, UiReplies,
} from './messages.ts';

export function sendFromContent<K extends ContentMessageType>(type: K, payload: ContentPayload<K>): Promise<ContentReplies[K]> {
  return browser.runtime.sendMessage({ type, ...payload }) as Promise<ContentReplies[K]>;
}

export function sendFromUi<K extends UiMessageType>(type: K, payload: UiMessages[K]): Promise<UiReplies[K]> {
  return browser.runtime.sendMessage({ type, ...payload }) as Promise<UiReplies[K]>;
}

export function sendToTab<K extends TabMessageType>(tabId: number, type: K, payload: TabMessages[K]): Promise<TabReplies[K]> {
  return browser.tabs.sendMessage(tabId, { type, ...payload }, { frameId: 0 }) as Promise<TabReplies[K]>;
}
