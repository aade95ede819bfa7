/**
 * Seeded randomness for the simulator: one stream (sfc32, its state filled from the seed by
 * splitmix32), so that a seed replays the same calls, and the distributions the model draws from.
 */

/** A uniform draw in [0, 1). */
export type Rng = () => number;

/** A seed from any text (`--seed 42`, `--seed demo`): its FNV-1a hash. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** sfc32: small, fast, and passes PractRand far beyond what a simulation draws. */
export function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4_294_967_296;
  };
}

/** Exponential with the given mean (0 gives 0): inter-arrival times, patience, after-call work. */
export const exponential = (rng: Rng, mean: number): number => (mean <= 0 ? 0 : -mean * Math.log(1 - rng()));

/** A standard normal draw (Box–Muller, one of the pair). */
export const standardNormal = (rng: Rng): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** Log-normal with the given mean and shape σ (the σ of its logarithm): talk times, long-tailed. */
export function logNormal(rng: Rng, mean: number, sigma: number): number {
  if (mean <= 0) return 0;
  return Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * standardNormal(rng));
}

/** True with probability `p`. */
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** A uniform draw in [from, to). */
export const between = (rng: Rng, from: number, to: number): number => from + (to - from) * rng();

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('nothing to pick from');
  return items[Math.floor(rng() * items.length)]!;
}

/** One of `choices`, each as likely as its weight. */
export function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = rng() * total;
  for (const [value, weight] of choices) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return choices[choices.length - 1]![0];
}
