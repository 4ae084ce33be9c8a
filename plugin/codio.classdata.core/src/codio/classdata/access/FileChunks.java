package codio.classdata.access;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into byte ranges that each start just after a line feed, so that each can be parsed on its own
 * core. A line feed inside a quoted value would make a wrong split; {@link ChunkLoader} notices that (the range
 * before it ends inside quotes) and the reader then parses the file in one piece.
 */
final class FileChunks {

	private static final int SCAN_BYTES = 1 << 16;

	/** A range of bytes, {@code start} inclusive, {@code end} exclusive. */
	record Chunk(long start, long end) {
		long length() {
			return end - start;
		}
	}

	private FileChunks() {
	}

	/**
	 * @param parts    how many ranges at most (the cores to use)
	 * @param minBytes the smallest range worth a thread of its own
	 */
	static List<Chunk> split(FileChannel channel, int parts, long minBytes) throws IOException {
		long size = channel.size();
		long count = Math.max(1, Math.min(parts, size / Math.max(1, minBytes)));
		List<Chunk> chunks = new ArrayList<>();
		long start = 0;
		for (long i = 1; i < count; i++) {
			long boundary = lineStartFrom(channel, Math.max(start, size * i / count), size);
			if (boundary >= size) {
				break;
			}
			if (boundary > start) {
				chunks.add(new Chunk(start, boundary));
				start = boundary;
			}
		}
		chunks.add(new Chunk(start, size));
		return chunks;
	}

	/** The position just after the first line feed at or after {@code from}, or {@code size} when there is none. */
	private static long lineStartFrom(FileChannel channel, long from, long size) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(SCAN_BYTES);
		long position = from;
		while (position < size) {
			buffer.clear();
			int read = channel.read(buffer, position);
			if (read <= 0) {
				return size;
			}
			for (int i = 0; i < read; i++) {
				if (buffer.get(i) == '\n') {
					return position + i + 1;
				}
			}
			position += read;
		}
		return size;
	}
}
