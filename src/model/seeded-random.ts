// A seeded random number generator: the same seed gives the same numbers everywhere, which keeps
// generated benchmark data and worker layouts deterministic.

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same dataset everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
