// The reproducibility facts `stats` prints with its tables: what ran, from which code, model and seeds,
// with which options, and when.
import type { RunRecord } from '../store/records.ts';
import type { ResearchManifest } from './research-manifest.ts';

export interface ManifestFacts {
  toolVersion?: string;
  commit?: string;
  modelSha256?: string;
  createdAt?: string;
  /** First run's start and last run's end, UTC (a resumed crawl has several runs). */
  startedAt?: string;
  endedAt?: string;
  runs: number;
  seedFiles: { path: string; sha256: string }[];
  sample?: { seed: string; requested: number; drawn: number; populationSize: number; strata: string[]; unit: string };
  options: Record<string, unknown>;
}

export function manifestFacts(manifest: ResearchManifest | undefined, runs: readonly RunRecord[]): ManifestFacts {
  const legacy = manifest as { seedFile?: { path: string; sha256: string } } | undefined;
  const seedFiles = manifest?.seedFiles ?? (legacy?.seedFile ? [legacy.seedFile] : []);
  const sample = manifest?.sample;
  return {
    toolVersion: manifest?.toolVersion,
    commit: manifest?.commit,
    modelSha256: manifest?.modelSha256,
    createdAt: manifest?.createdAt,
    startedAt: runs[0]?.startedAt,
    endedAt: runs.at(-1)?.endedAt,
    runs: runs.length,
    seedFiles,
    ...(sample ? {
      sample: { seed: sample.seed, requested: sample.requested, drawn: sample.drawn.length, populationSize: sample.populationSize, strata: sample.strata, unit: sample.unit },
    } : {}),
    options: manifest?.options ?? {},
  };
}
