package codio.classdata.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * Pseudo-random bytes from a seed: data that neither deflate nor zstd can shrink, written in large blocks so a
 * gigabyte export takes seconds and never sits in memory.
 */
final class IncompressibleBytes {

	private static final int BLOCK = 1 << 20;

	private IncompressibleBytes() {
	}

	static void write(OutputStream out, long size, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		byte[] block = new byte[(int) Math.min(BLOCK, size)];
		ByteBuffer words = ByteBuffer.wrap(block);
		for (long left = size; left > 0;) {
			int length = (int) Math.min(block.length, left);
			for (int i = 0; i + Long.BYTES <= length; i += Long.BYTES) {
				words.putLong(i, random.nextLong());
			}
			for (int i = length - length % Long.BYTES; i < length; i++) {
				block[i] = (byte) random.nextInt();
			}
			out.write(block, 0, length);
			left -= length;
		}
	}
}
