import { describe, expect, it } from 'vitest';
import { manifestFor, mergeManifest } from './manifest.ts';

describe('mergeManifest', () => {
  it('merges nested objects and lets the patch replace leaves and arrays', () => {
    const merged = mergeManifest({ a: { b: 1, c: [1] }, d: 'x' }, { a: { c: [2] }, e: true });
    expect(merged).toEqual({ a: { b: 1, c: [2] }, d: 'x', e: true });
  });
});

describe('manifestFor', () => {
  it('gives Chrome a module service worker and no gecko settings', () => {
    const manifest = manifestFor('chrome', '1.2.3');
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts and a gecko id', () => {
    const manifest = manifestFor('firefox', '1.2.3') as Record<string, any>;
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('asks only for activeTab, scripting and storage up front; hosts are optional', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser, '0.0.0') as Record<string, any>;
      expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
    }
  });
});
