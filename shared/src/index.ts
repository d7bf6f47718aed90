export * from './finding/finding.ts';
export * from './finding/document.ts';
export * from './failure/reasons.ts';
export * from './text/fold.ts';
export * from './text/sentences.ts';
