// Seeded pseudo-random numbers for the demo generator: mulberry32 streams, each derived from
// (seed, labels) so one section's draws never shift another's. No Math.random anywhere.

/** Mixes a 32-bit state (the splitmix32 finaliser); used to derive stream seeds from labels. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over the label text, folded into the running hash. */
function hashLabel(h: number, label: string | number): number {
  let x = h ^ 0x811c9dc5;
  const text = String(label);
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return mix32(x >>> 0);
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Real uniform in [min, max). */
  real(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to the (non-negative) weights. */
  weighted(weights: readonly number[]): number;
  /** A shuffled copy; the input is not touched. */
  shuffled<T>(items: readonly T[]): T[];
  /** k distinct elements (k ≤ length), in draw order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** A mulberry32 stream for `seed` and the given labels (e.g. `createRng(1, 5202, 'lawyers')`). */
export function createRng(seed: number, ...labels: (string | number)[]): Rng {
  let h = mix32(seed >>> 0);
  for (const label of labels) h = hashLabel(h, label);
  let state = h;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffled = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };
  return {
    next,
    int,
    real: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty array');
      return items[int(0, items.length - 1)] as T;
    },
    weighted: (weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    shuffled,
    sample: (items, k) => shuffled(items).slice(0, k),
  };
}
