// `--queue redis://[user:password@]host[:port][/db]`: where the site queue lives. One Redis database holds
// one crawl at a time; concurrent crawls use different database numbers (or Redis servers).
import type { RedisOptions } from 'ioredis';

export interface QueueAddress {
  /** ioredis options for every connection of this crawl (BullMQ passes them to ioredis as they are). */
  connection: RedisOptions;
  /** The address without its password: safe for messages and logs. */
  label: string;
}

/** Name of the BullMQ queue of site jobs; the Redis database tells crawls apart. */
export const SITE_QUEUE = 'schoolscan-sites';

export function parseQueueUrl(text: string): QueueAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--queue expects redis://HOST:PORT/DB, got "${text}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`--queue expects a redis:// or rediss:// address, got "${text}"`);
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) throw new Error(`--queue: database must be a number, got "${dbText}"`);
  const db = dbText === '' ? 0 : Number(dbText);
  const connection: RedisOptions = {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    db,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // Workers and the coordinator wait for Redis to come back rather than fail a command (BullMQ requires
    // this for workers); a restart is reported by the connection events instead.
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(200 * times, 5_000),
  };
  const label = `${url.protocol}//${url.username ? `${url.username}@` : ''}${connection.host}:${connection.port}/${db}`;
  return { connection, label };
}
