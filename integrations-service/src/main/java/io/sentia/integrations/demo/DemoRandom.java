package io.sentia.integrations.demo;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The one source of randomness of a generator run: a seeded {@link SplittableRandom} and
 * the few distributions the simulation needs. Transcendental functions use
 * {@link StrictMath} so the same seed gives the same dataset on every JVM and CPU.
 */
final class DemoRandom {

	private final SplittableRandom random;

	DemoRandom(long seed) {
		this.random = new SplittableRandom(seed);
	}

	double uniform() {
		return this.random.nextDouble();
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A whole number between {@code min} and {@code max}, both inclusive. */
	int between(int min, int max) {
		return this.random.nextInt(min, max + 1);
	}

	long nextLong() {
		return this.random.nextLong();
	}

	/** A standard normal variate (Box-Muller). */
	double gaussian() {
		double u1 = 1.0 - this.random.nextDouble();
		double u2 = this.random.nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
	}

	/** A Poisson count; exact for small means, normal approximation above 30. */
	int poisson(double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean >= 30) {
			return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
		}
		double limit = StrictMath.exp(-mean);
		double product = this.random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			count++;
		}
		return count;
	}

	/**
	 * Picks an index with probability proportional to its weight.
	 * @param weights non-negative weights with a positive sum
	 * @return the chosen index
	 */
	int pick(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double target = this.random.nextDouble() * total;
		int last = -1;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] <= 0) {
				continue;
			}
			last = i;
			target -= weights[i];
			if (target < 0) {
				return i;
			}
		}
		if (last < 0) {
			throw new IllegalArgumentException("No positive weight to pick from");
		}
		return last;
	}

	/** A random (version 4) UUID drawn from the seeded stream, as provider ids look. */
	UUID uuid() {
		long high = (this.random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
		long low = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
