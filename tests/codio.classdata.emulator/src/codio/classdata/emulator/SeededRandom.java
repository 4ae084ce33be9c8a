package codio.classdata.emulator;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Random numbers fixed by names, so every run generates the same people, files and dates. */
final class SeededRandom {

	private SeededRandom() {
	}

	static SplittableRandom of(String... parts) {
		return new SplittableRandom(seed(parts));
	}

	static long seed(String... parts) {
		byte[] digest = HexFormat.of().parseHex(DemoData.idOf(String.join("\u0000", parts)));
		return ByteBuffer.wrap(digest).getLong();
	}
}
