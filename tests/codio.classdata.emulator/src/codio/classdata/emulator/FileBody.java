package codio.classdata.emulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A response body streamed from part of a file in large reads, so a gigabyte download neither sits in memory nor
 * crawls; optionally cut off after some bytes, which closes the connection mid-body.
 */
final class FileBody implements MockResponseBody {

	private static final int BUFFER_SIZE = 256 * 1024;

	private final Path file;
	private final long offset;
	private final long length;
	private final long dropAfterBytes;

	/**
	 * @param dropAfterBytes how many bytes to send before the connection drops, or -1 to send them all
	 */
	FileBody(Path file, long offset, long length, long dropAfterBytes) {
		this.file = file;
		this.offset = offset;
		this.length = length;
		this.dropAfterBytes = dropAfterBytes;
	}

	@Override
	public long getContentLength() {
		return length;
	}

	@Override
	public void writeTo(BufferedSink sink) throws IOException {
		long toSend = dropAfterBytes >= 0 ? Math.min(dropAfterBytes, length) : length;
		ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long position = offset;
			long sent = 0;
			while (sent < toSend) {
				buffer.clear().limit((int) Math.min(BUFFER_SIZE, toSend - sent));
				int read = channel.read(buffer, position);
				if (read < 0) {
					throw new IOException(file + " ended " + (length - sent) + " bytes early");
				}
				buffer.flip();
				sink.write(buffer);
				position += read;
				sent += read;
			}
		}
		if (toSend < length) {
			// Closing the sink closes the socket, so the client sees the connection end at once; the exception
			// stops MockWebServer from serving further requests on it.
			sink.flush();
			sink.close();
			throw new IOException("Connection dropped after " + toSend + " of " + length + " bytes (emulated fault)");
		}
	}
}
