package codio.classdata.review;

import java.util.ArrayList;
import java.util.List;

import codio.classdata.review.SourceTokens.Token;

/**
 * Fingerprints of a token stream by winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003; as MOSS and Dolos
 * do): the hash of every run of {@link #K} tokens, and of each window of {@link #WINDOW} consecutive hashes the
 * smallest (the rightmost on ties), kept once. Any shared run of at least {@code K + WINDOW - 1} tokens shares a
 * fingerprint.
 */
final class Winnowing {

	/** Tokens per hashed run: about a statement or two, shorter runs match by chance. */
	static final int K = 12;
	/** Hashes per window. */
	static final int WINDOW = 8;

	/**
	 * One fingerprint.
	 *
	 * @param hash      the run's hash
	 * @param firstLine the line of the run's first token
	 * @param lastLine  the line of its last token
	 */
	record Fingerprint(long hash, int firstLine, int lastLine) {
	}

	private Winnowing() {
	}

	static List<Fingerprint> of(List<Token> tokens) {
		List<Fingerprint> fingerprints = new ArrayList<>();
		if (tokens.size() < K) {
			return fingerprints;
		}
		int[] kinds = new int[tokens.size()];
		for (int i = 0; i < kinds.length; i++) {
			kinds[i] = tokens.get(i).kind().hashCode();
		}
		long[] hashes = new long[tokens.size() - K + 1];
		for (int i = 0; i < hashes.length; i++) {
			long hash = 1125899906842597L;
			for (int j = i; j < i + K; j++) {
				hash = 31 * hash + kinds[j];
			}
			hashes[i] = mix(hash);
		}
		int lastChosen = -1;
		int windows = Math.max(1, hashes.length - WINDOW + 1);
		for (int start = 0; start < windows; start++) {
			int end = Math.min(hashes.length, start + WINDOW);
			int smallest = start;
			for (int i = start; i < end; i++) {
				if (hashes[i] <= hashes[smallest]) {
					smallest = i;
				}
			}
			if (smallest != lastChosen) {
				lastChosen = smallest;
				fingerprints.add(new Fingerprint(hashes[smallest], tokens.get(smallest).line(),
						tokens.get(smallest + K - 1).line()));
			}
		}
		return fingerprints;
	}

	/** Spreads the bits (SplitMix64's finaliser), so that the smallest hash of a window is not biased. */
	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
