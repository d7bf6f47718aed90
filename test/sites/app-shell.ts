/**
 * Runs the inline script of a test-web app-shell page in a sandbox and returns the HTML it writes into
 * <div id="app">: what a browser would show. Lets tests check rendered-only passages without a browser.
 */
import vm from 'node:vm';

export function renderAppShell(rawHtml: string): string | null {
  if (!rawHtml.includes('<div id="app"></div>')) return null;
  const script = /<script>([\s\S]*?)<\/script>/.exec(rawHtml)?.[1];
  if (!script) return null;
  const app = { innerHTML: '' };
  const sandbox = {
    atob,
    TextDecoder,
    Uint8Array,
    document: { getElementById: (id: string) => (id === 'app' ? app : null) },
  };
  vm.runInNewContext(script, sandbox, { timeout: 1000 });
  return app.innerHTML;
}
