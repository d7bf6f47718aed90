// Options are declared once, in a typed table per command; that table feeds node:util parseArgs, the
// --help text and the strict validation. Flag names are the kebab-case of the keys (maxPages → --max-pages).
import { parseArgs } from 'node:util';

interface Common {
  help: string;
  /** Word shown after the flag in --help, e.g. N, DIR. */
  placeholder?: string;
  short?: string;
}
export interface IntegerOption extends Common { kind: 'integer'; default?: number; min?: number }
export interface StringOption extends Common { kind: 'string'; default?: string | (() => string); defaultText?: string }
export interface ChoiceOption<C extends string = string> extends Common { kind: 'choice'; choices: readonly C[]; default: C }
export interface FlagOption extends Common { kind: 'flag' }
export interface ListOption extends Common { kind: 'list' }
export type OptionSpec = IntegerOption | StringOption | ChoiceOption | FlagOption | ListOption;
export type OptionTable = Record<string, OptionSpec>;

type ValueOf<O> = O extends IntegerOption ? number
  : O extends ChoiceOption<infer C> ? C
  : O extends FlagOption ? boolean
  : O extends ListOption ? string[]
  : string;
type HasDefault<O> = O extends FlagOption | ListOption | ChoiceOption ? true : O extends { default: unknown } ? true : false;

/** The parsed values of a table: options with a default are always present. */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]: HasDefault<T[K]> extends true ? ValueOf<T[K]> : ValueOf<T[K]> | undefined;
};

export interface ParsedCommand<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
  /** Keys the user actually gave (so a resume can tell a chosen value from a default). */
  given: Set<keyof T & string>;
}

/** A mistake in how the command was called: exit code 2, message to stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const flagName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function parseCommandLine<T extends OptionTable>(table: T, argv: string[]): ParsedCommand<T> {
  const config: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = {};
  for (const [key, spec] of Object.entries(table)) {
    config[flagName(key)] = {
      type: spec.kind === 'flag' ? 'boolean' : 'string',
      multiple: spec.kind === 'list',
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const values: Record<string, unknown> = {};
  const given = new Set<keyof T & string>();
  for (const [key, spec] of Object.entries(table)) {
    const raw = (parsed.values as Record<string, unknown>)[flagName(key)];
    if (raw !== undefined) given.add(key as keyof T & string);
    values[key] = convert(key, spec, raw);
  }
  return { values: values as OptionValues<T>, positionals: parsed.positionals, given };
}

function convert(key: string, spec: OptionSpec, raw: unknown): unknown {
  const flag = `--${flagName(key)}`;
  switch (spec.kind) {
    case 'flag':
      return raw === true;
    case 'list':
      return (raw as string[] | undefined) ?? [];
    case 'integer': {
      if (raw === undefined) return spec.default;
      const n = Number(raw);
      if (!/^\d+$/.test(String(raw).trim()) || !Number.isSafeInteger(n)) throw new UsageError(`${flag} expects a whole number, got "${raw}"`);
      if (spec.min !== undefined && n < spec.min) throw new UsageError(`${flag} must be at least ${spec.min}, got ${n}`);
      return n;
    }
    case 'choice':
      if (raw === undefined) return spec.default;
      if (!spec.choices.includes(raw as string)) throw new UsageError(`${flag} must be one of ${spec.choices.join(', ')}, got "${raw}"`);
      return raw;
    case 'string':
      if (raw === undefined) return typeof spec.default === 'function' ? spec.default() : spec.default;
      if (raw === '') throw new UsageError(`${flag} needs a value`);
      return raw;
  }
}

export function formatHelp(usage: string, summary: string, table: OptionTable): string {
  const rows = Object.entries(table).map(([key, spec]) => {
    const left = `${spec.short ? `-${spec.short}, ` : '    '}--${flagName(key)}${valueHint(spec)}`;
    return [left, `${spec.help}${defaultHint(spec)}`] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const lines = rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
  return `Usage: ${usage}\n\n${summary}\n\nOptions:\n${lines.join('\n')}\n`;
}

function valueHint(spec: OptionSpec): string {
  if (spec.kind === 'flag') return '';
  if (spec.kind === 'choice') return ` ${spec.choices.join('|')}`;
  return ` ${spec.placeholder ?? (spec.kind === 'integer' ? 'N' : 'VALUE')}`;
}

function defaultHint(spec: OptionSpec): string {
  if (spec.kind === 'list') return ' (repeatable)';
  if (spec.kind === 'string' && spec.defaultText) return ` (default: ${spec.defaultText})`;
  if ((spec.kind === 'integer' || spec.kind === 'choice' || spec.kind === 'string') && spec.default !== undefined && typeof spec.default !== 'function') {
    return ` (default: ${spec.default})`;
  }
  return '';
}
