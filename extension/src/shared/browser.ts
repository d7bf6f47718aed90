// The one place that touches the browser's extension API; everything else imports `browser` from here.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
