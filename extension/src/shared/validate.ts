// Small checkers for untrusted message payloads. A checker returns the value typed or throws.
export class InvalidMessageError extends Error {
  constructor(path: string, problem: string) {
    super(`invalid message: ${path} ${problem}`);
    this.name = 'InvalidMessageError';
  }
}

export type Checker<T> = (value: unknown, path: string) => T;
export type Checked<C> = C extends Checker<infer T> ? T : never;

export function text(maxLength: number): Checker<string> {
  return (value, path) => {
    if (typeof value !== 'string') throw new InvalidMessageError(path, 'is not a string');
    if (value.length > maxLength) throw new InvalidMessageError(path, `is longer than ${maxLength}`);
    return value;
  };
}

export function matching(pattern: RegExp, maxLength: number): Checker<string> {
  const base = text(maxLength);
  return (value, path) => {
    const checked = base(value, path);
    if (!pattern.test(checked)) throw new InvalidMessageError(path, 'has the wrong form');
    return checked;
  };
}

/** An http(s) URL, as a page address. */
export function webUrl(value: unknown, path: string): string {
  const checked = text(4096)(value, path);
  let parsed: URL;
  try {
    parsed = new URL(checked);
  } catch {
    throw new InvalidMessageError(path, 'is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InvalidMessageError(path, 'is not a web URL');
  return checked;
}

export function integer(min: number, max: number): Checker<number> {
  return (value, path) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw new InvalidMessageError(path, `is not an integer in [${min}, ${max}]`);
    }
    return value as number;
  };
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidMessageError(path, 'is not a boolean');
  return value;
}

export function oneOf<T extends string>(values: readonly T[]): Checker<T> {
  return (value, path) => {
    if (!values.includes(value as T)) throw new InvalidMessageError(path, `is not one of ${values.join(', ')}`);
    return value as T;
  };
}

export function listOf<T>(item: Checker<T>, maxItems: number): Checker<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new InvalidMessageError(path, 'is not a list');
    if (value.length > maxItems) throw new InvalidMessageError(path, `has more than ${maxItems} items`);
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

export function optional<T>(inner: Checker<T>): Checker<T | undefined> {
  return (value, path) => (value === undefined ? undefined : inner(value, path));
}

/** An object with exactly these fields checked; other fields are dropped. */
export function record<T extends object>(fields: { [K in keyof T]: Checker<T[K]> }): Checker<T> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidMessageError(path, 'is not an object');
    const source = value as Record<string, unknown>;
    const result = {} as T;
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const checked = fields[key](source[key], `${path}.${key}`);
      if (checked !== undefined) result[key] = checked;
    }
    return result;
  };
}
