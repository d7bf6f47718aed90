// The three kinds of Vite build an extension needs. Content scripts are built one per `build()` call
// as IIFE files, because a manifest or scripting.executeScript cannot load shared chunks.
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

const EXTENSION_DIR = fileURLToPath(new URL('..', import.meta.url));
const SRC = `${EXTENSION_DIR}src/`;

/** Entry file per content script, keyed by output name (`content` → content.js). */
export const CONTENT_SCRIPTS: Record<string, string> = {
  content: `${SRC}content/index.ts`,
};

export const UI_PAGES: Record<string, string> = {
  popup: `${SRC}ui/popup/index.html`,
  report: `${SRC}ui/report/index.html`,
  guideline: `${SRC}ui/guideline/index.html`,
};

/** One Vite build into `outDir` with the settings every part shares; only the Rollup input and output differ. */
function buildWith(outDir: string, rollupOptions: NonNullable<InlineConfig['build']>['rollupOptions']): ReturnType<typeof build> {
  return build({
    configFile: false,
    logLevel: 'warn',
    root: SRC,
    base: './',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      target: ['chrome120', 'firefox128'],
      // Readable output: store reviewers read what runs, and the code is not secret.
      minify: false,
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rollupOptions,
    },
  });
}

/** One self-contained ES file; it has no imports or exports, so Firefox may load it as a background script. */
export async function buildBackground(outDir: string): Promise<void> {
  await buildWith(outDir, {
    input: `${SRC}background/index.ts`,
    output: { format: 'es', entryFileNames: 'background.js', inlineDynamicImports: true },
  });
}

export async function buildContentScripts(outDir: string): Promise<void> {
  for (const [name, entry] of Object.entries(CONTENT_SCRIPTS)) {
    await buildWith(outDir, {
      input: entry,
      output: { format: 'iife', entryFileNames: `${name}.js`, inlineDynamicImports: true },
    });
  }
}

export async function buildUiPages(outDir: string): Promise<void> {
  await buildWith(outDir, {
    input: UI_PAGES,
    output: { entryFileNames: 'ui/assets/[name].js', chunkFileNames: 'ui/assets/[name]-[hash].js', assetFileNames: 'ui/assets/[name][extname]' },
  });
}
