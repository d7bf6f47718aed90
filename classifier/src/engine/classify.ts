import type { Block, DocumentInput, Finding } from '../../../shared/src/index.ts';

export interface ClassifyOptions {
  /** Language of the reasons; Dutch by default. */
  lang?: 'nl' | 'en';
  /** Include `review` findings (default true). */
  includeReview?: boolean;
}

// Temporary keyword pass so that other parts can integrate; replaced by the rule engine + model.
const TUTORING = /\b(bijles|huiswerkbegeleiding|examentraining)\b/i;
const MANDATORY = /\b(verplicht\w*|verschuldigd)\b/i;

export function classifyDocument(doc: DocumentInput, _options: ClassifyOptions = {}): Finding[] {
  const findings: Finding[] = [];
  doc.blocks.forEach((block: Block, blockIndex) => {
    for (const [category, re] of [['commercial-tutoring', TUTORING], ['mandatory-contribution', MANDATORY]] as const) {
      const m = re.exec(block.text);
      if (!m) continue;
      findings.push({
        category, level: 'review', score: 0.5, text: block.text,
        span: { start: m.index, end: m.index + m[0].length },
        reasons: ['voorlopige trefwoordcontrole'], ruleIds: ['placeholder'],
        locator: block.locator, pdfPage: block.pdfPage, blockIndex, blockOffset: 0,
      });
    }
  });
  return findings;
}

export function classifyText(text: string, options: ClassifyOptions = {}): Finding[] {
  const blocks: Block[] = text.split(/\n\s*\n/).filter((t) => t.trim()).map((t, i) => ({ kind: 'paragraph', text: t.trim(), locator: `text:block=${i}` }));
  return classifyDocument({ blocks }, options);
}
