// A small seeded pseudo-random generator, so that samples and bootstrap intervals are the same for the
// same seed on every machine. mulberry32: 32-bit state, fast, good enough for sampling and resampling
// (not for cryptography).
import { createHash } from 'node:crypto';

/** Returns floats in [0, 1). */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for a seed given as text (`--sample-seed 2025`) and a purpose, so separate draws do not share a stream. */
export function randomFor(seed: string, purpose: string): Random {
  const digest = createHash('sha256').update(`${purpose}\u0000${seed}`).digest();
  return mulberry32(digest.readUInt32BE(0));
}

/** Whole number in [0, bound). */
export function randomIndex(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
