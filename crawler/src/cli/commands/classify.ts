import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { classifyDocument } from '../../../../classifier/src/index.ts';
import type { Finding } from '../../../../shared/src/index.ts';
import { extractDocument } from '../../extract/index.ts';
import { EXIT } from '../exit-codes.ts';
import { formatHelp, parseCommandLine, UsageError, type OptionTable } from '../options.ts';

export const summary = 'Classify one document (.txt, .html, .pdf, or - for stdin) and print its findings';

const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const OPTIONS = {
  format: { kind: 'choice', choices: ['json', 'text'] as const, default: 'json', help: 'Output format' },
  lang: { kind: 'choice', choices: ['nl', 'en'] as const, default: 'nl', help: 'Language of the reasons' },
  minLevel: { kind: 'choice', choices: ['review', 'likely'] as const, default: 'review', help: 'Lowest level to print' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

/** Input the user gave that cannot be classified: exit code 2 with a clear message. */
class InputError extends Error {}

export async function run(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(OPTIONS, argv);
    if (values.help) {
      process.stdout.write(formatHelp('schoolscan classify [OPTIONS] <FILE|->', summary, OPTIONS));
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one file, or - to read standard input');
    const source = positionals[0]!;
    const bytes = source === '-' ? await readStdin() : await readInputFile(source);
    if (bytes.length === 0) throw new InputError(`${describe(source)} is empty`);
    const extracted = await extractDocument({ bytes, fileName: source === '-' ? undefined : source }).catch((error: Error & { reason?: string }) => {
      throw new InputError(`${describe(source)} could not be read${error.reason ? ` (${error.reason})` : ''}: ${error.message}`);
    });
    if (!extracted.document.blocks.some((b) => b.text.trim())) throw new InputError(`${describe(source)} contains no readable text`);
    const findings = classifyDocument(extracted.document, { lang: values.lang, includeReview: values.minLevel === 'review' });
    process.stdout.write(values.format === 'json' ? `${JSON.stringify({ findings }, null, 2)}\n` : formatText(findings, values.lang));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`schoolscan classify: ${error.message}\nRun \`schoolscan classify --help\` for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      process.stderr.write(`schoolscan classify: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function readInputFile(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (!info.isFile()) throw new InputError(`${path} is not a file`);
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`${path} is too large (${info.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
  const known = ['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.pdf', ''];
  if (!known.includes(extname(path).toLowerCase())) process.stderr.write(`schoolscan classify: unknown extension ${extname(path)}; guessing the type from the content\n`);
  return new Uint8Array(await readFile(path));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`standard input is too large (over ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const describe = (source: string) => (source === '-' ? 'standard input' : source);

function formatText(findings: Finding[], lang: 'nl' | 'en'): string {
  if (!findings.length) return lang === 'nl' ? 'Geen bevindingen.\n' : 'No findings.\n';
  const label = lang === 'nl' ? { likely: 'WAARSCHIJNLIJK', review: 'BEKIJKEN' } : { likely: 'LIKELY', review: 'REVIEW' };
  return findings
    .map((f) => {
      const marked = `${f.text.slice(0, f.span.start)}»${f.text.slice(f.span.start, f.span.end)}«${f.text.slice(f.span.end)}`;
      const where = f.pdfPage ? ` (p. ${f.pdfPage})` : '';
      return [`${label[f.level]} ${f.category} ${f.score.toFixed(2)}${where}`, `  ${marked}`, ...f.reasons.map((r) => `  - ${r}`), ''].join('\n');
    })
    .join('\n');
}
