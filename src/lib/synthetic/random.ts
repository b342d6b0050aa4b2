/** A small seeded random source for the synthetic archive: the same seed gives the same archive. */

/** FNV-1a of a string, as a 32-bit seed. */
export function hashSeed(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** A deterministic random stream (mulberry32) with the helpers the generator needs. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T;
	/** `n` distinct elements, in random order. */
	sample<T>(list: readonly T[], n: number): T[];
}

/** A random stream for `key` under `seed`: independent streams per key keep parts stable when sizes change. */
export function createRandom(seed: number, key = ''): Random {
	let state = (hashSeed(`${seed}:${key}`) || 1) >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (list) => {
			if (list.length === 0) throw new Error('pick: empty list');
			return list[int(0, list.length - 1)]!;
		},
		sample: (list, n) => {
			const copy = [...list];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(0, i);
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, Math.min(n, copy.length));
		},
	};
}
