// Worker processes for the scale-out tests, and the politeness measure over the test web's request log.
import type { RequestLogEntry } from '../sites/types.ts';
import { spawnSchoolscan } from './cli-harness.ts';

export interface WorkerProcess {
  /** Everything the worker wrote to stderr so far. */
  log(): string;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  onLine(listener: (line: string) => void): void;
}

export function startWorker(args: string[]): WorkerProcess {
  const child = spawnSchoolscan(args);
  let text = '';
  const listeners: ((line: string) => void)[] = [];
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    text += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) for (const listener of listeners) listener(line);
  });
  return {
    log: () => text,
    kill: (signal) => child.kill(signal),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await child.result;
    },
    onLine: (listener) => listeners.push(listener),
  };
}

/** Resolves with the match of the first line (already written or still to come) that matches. */
export function waitForLine(worker: WorkerProcess, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    for (const line of worker.log().split('\n')) {
      const match = pattern.exec(line);
      if (match) return resolve(match);
    }
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${worker.log()}`)), timeoutMs);
    worker.onLine((line) => {
      const match = pattern.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(match);
    });
  });
}

/** Smallest gap between two consecutive request arrivals at any one host, and how many requests were looked at. */
export function gapsByHost(requests: readonly RequestLogEntry[]): { smallest: number; requests: number } {
  const byHost = new Map<string, number[]>();
  for (const r of requests) byHost.set(r.host, [...(byHost.get(r.host) ?? []), r.at]);
  let smallest = Infinity;
  for (const times of byHost.values()) {
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) smallest = Math.min(smallest, times[i] - times[i - 1]);
  }
  return { smallest, requests: requests.length };
}
