// Read-modify-write over a storage area, one key at a time: updates to the same key run in order,
// so two content messages arriving together cannot overwrite each other's changes.
import type { Storage } from '../shared/browser.ts';

export class KeyedStore {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly area: Storage.StorageArea) {}

  async get<T>(key: string): Promise<T | undefined> {
    await this.tails.get(key);
    const items = await this.area.get(key);
    return items[key] as T | undefined;
  }

  update<T>(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(async () => {
      const items = await this.area.get(key);
      const value = change(items[key] as T | undefined);
      if (value === undefined) await this.area.remove(key);
      else await this.area.set({ [key]: value });
      return value;
    });
    this.tails.set(key, next);
    void next.finally(() => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
    return next;
  }

  remove(key: string): Promise<unknown> {
    return this.update(key, () => undefined);
  }
}
