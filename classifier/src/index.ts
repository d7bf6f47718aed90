// Public face of the classifier. Pure TypeScript: no Node built-ins, no DOM, so the extension bundles it too.
export { classifyDocument, classifyText } from './engine/classify.ts';
export type { ClassifyOptions } from './engine/classify.ts';
export type { Finding, Category, Level, Span, Block, DocumentInput } from '../../shared/src/index.ts';
