// Classifier throughput on one core: sentences per second on the corpus, and MB/s of school-like HTML
// (extraction + classification), measured after a warm-up.
import { classifyDocument } from '../classifier/src/index.ts';
import { readCorpus } from '../classifier/scripts/corpus.ts';
import { splitSentences, type Block } from '../shared/src/index.ts';
import { extractHtml } from '../crawler/src/extract/html-extractor.ts';
import type { BenchResult } from './bench-types.ts';

function timeIt(run: () => void, minMs = 2000): { runs: number; ms: number } {
  run();
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < minMs) {
    run();
    runs++;
  }
  return { runs, ms: performance.now() - start };
}

function schoolPageHtml(paragraphs: string[]): string {
  const items = paragraphs.map((p, i) => (i % 7 === 0 ? `<h2>Onderdeel ${i}</h2>` : '') + `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="nl"><head><title>Schoolgids</title><style>p{margin:0}</style><script>var x=1;</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/ouders">Ouders</a></li></ul></nav></header>
<main><article><h1>Schoolgids 2025-2026</h1>${items}</article></main><footer>Schoolstraat 1, Utrecht</footer></body></html>`;
}

export async function benchClassifier(): Promise<BenchResult> {
  const texts = readCorpus().map((p) => p.text);
  const blocks: Block[] = texts.map((text, i) => ({ kind: 'paragraph', text, locator: `p${i}` }));
  const sentences = texts.reduce((n, t) => n + splitSentences(t).length, 0);
  const plain = timeIt(() => classifyDocument({ blocks }));
  const html = schoolPageHtml(texts);
  const htmlBytes = Buffer.byteLength(html);
  const pipeline = timeIt(() => classifyDocument(extractHtml(html).document));
  const rows = [
    { measure: 'sentences/s (classify only, 1 core)', value: Math.round((sentences * plain.runs) / (plain.ms / 1000)) },
    { measure: 'passages/s (classify only)', value: Math.round((texts.length * plain.runs) / (plain.ms / 1000)) },
    { measure: 'MB/s of HTML (extract + classify)', value: Math.round(((htmlBytes * pipeline.runs) / 1e6 / (pipeline.ms / 1000)) * 100) / 100 },
    { measure: 'HTML page size used (KB)', value: Math.round(htmlBytes / 1024) },
  ];
  return { name: 'classifier', rows };
}
