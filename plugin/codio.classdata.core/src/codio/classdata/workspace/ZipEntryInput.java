package codio.classdata.workspace;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.eclipse.osgi.util.NLS;

/**
 * The content of a stored or deflated zip entry read by position from a shared channel, with an inflater and buffer
 * that one thread reuses from entry to entry. For a class of many small files this is most of the time spent
 * outside the file system: one read for the local header and the data of a small entry together, and no native
 * inflater set up per entry. Other compression methods go through commons-compress.
 */
final class ZipEntryInput extends InputStream {

	private static final int LOCAL_HEADER = 30;
	private static final int LOCAL_SIGNATURE = 0x04034b50;

	/** One thread's reusable inflater and read buffer. */
	static final class Reuse implements AutoCloseable {
		final Inflater inflater = new Inflater(true);
		final ByteBuffer buffer = ByteBuffer.allocate(ArchiveReader.BUFFER_SIZE).order(ByteOrder.LITTLE_ENDIAN);

		@Override
		public void close() {
			inflater.end();
		}
	}

	private final FileChannel channel;
	private final ZipArchiveEntry entry;
	private final Reuse reuse;
	private final boolean deflated;
	private long position;
	private long compressedLeft;
	private boolean started;
	private boolean finished;
	private boolean paddingFed;

	static boolean handles(ZipArchiveEntry entry) {
		return entry.getMethod() == ZipEntry.STORED || entry.getMethod() == ZipEntry.DEFLATED;
	}

	ZipEntryInput(FileChannel channel, ZipArchiveEntry entry, Reuse reuse) {
		this.channel = channel;
		this.entry = entry;
		this.reuse = reuse;
		this.deflated = entry.getMethod() == ZipEntry.DEFLATED;
	}

	/** Reads the local header and the first data, leaving the data in the buffer. */
	private void start() throws IOException {
		started = true;
		ByteBuffer buffer = reuse.buffer;
		buffer.clear();
		long header = entry.getLocalHeaderOffset();
		long want = Math.min(buffer.capacity(), LOCAL_HEADER + 1024L + entry.getCompressedSize());
		buffer.limit((int) want);
		readAt(buffer, header);
		buffer.flip();
		if (buffer.remaining() < LOCAL_HEADER || buffer.getInt(0) != LOCAL_SIGNATURE) {
			throw new ZipException(WorkspaceText.ZipEntryInput_noLocalHeader);
		}
		int skip = LOCAL_HEADER + (buffer.getShort(26) & 0xffff) + (buffer.getShort(28) & 0xffff);
		position = header + skip;
		compressedLeft = entry.getCompressedSize();
		if (skip <= buffer.limit()) {
			buffer.position(skip);
			int available = (int) Math.min(buffer.remaining(), compressedLeft);
			buffer.limit(skip + available);
			position += available;
			compressedLeft -= available;
		} else {
			buffer.limit(0);
		}
		if (deflated) {
			reuse.inflater.reset();
			feedInflater();
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (!started) {
			start();
		}
		if (finished || len == 0) {
			return finished ? -1 : 0;
		}
		return deflated ? inflate(b, off, len) : copy(b, off, len);
	}

	private int copy(byte[] b, int off, int len) throws IOException {
		ByteBuffer buffer = reuse.buffer;
		if (!buffer.hasRemaining() && !refill()) {
			finished = true;
			return -1;
		}
		int n = Math.min(len, buffer.remaining());
		buffer.get(b, off, n);
		return n;
	}

	private int inflate(byte[] b, int off, int len) throws IOException {
		Inflater inflater = reuse.inflater;
		try {
			while (true) {
				int n = inflater.inflate(b, off, len);
				if (n > 0) {
					return n;
				}
				if (inflater.finished()) {
					finished = true;
					return -1;
				}
				if (inflater.needsDictionary()) {
					throw new ZipException(WorkspaceText.ZipEntryInput_presetDictionary);
				}
				if (inflater.needsInput()) {
					if (refill()) {
						feedInflater();
					} else if (!paddingFed) {
						// raw inflating may want one byte past the data to see its end (as in java.util.zip)
						paddingFed = true;
						inflater.setInput(new byte[1]);
					} else {
						throw new EOFException(WorkspaceText.ZipEntryInput_compressedDataEnds);
					}
				}
			}
		} catch (DataFormatException e) {
			throw new ZipException(NLS.bind(WorkspaceText.ZipEntryInput_invalidDeflatedData, e.getMessage()));
		}
	}

	private void feedInflater() {
		ByteBuffer buffer = reuse.buffer;
		reuse.inflater.setInput(buffer.array(), buffer.position(), buffer.remaining());
		buffer.position(buffer.limit());
	}

	/** The next compressed bytes into the buffer; false when the entry has none left. */
	private boolean refill() throws IOException {
		if (compressedLeft <= 0) {
			return false;
		}
		ByteBuffer buffer = reuse.buffer;
		buffer.clear();
		buffer.limit((int) Math.min(buffer.capacity(), compressedLeft));
		readAt(buffer, position);
		buffer.flip();
		position += buffer.remaining();
		compressedLeft -= buffer.remaining();
		return true;
	}

	private void readAt(ByteBuffer buffer, long at) throws IOException {
		long where = at;
		while (buffer.hasRemaining()) {
			int n = channel.read(buffer, where);
			if (n < 0) {
				if (buffer.position() == 0) {
					throw new EOFException(WorkspaceText.ZipEntryInput_archiveEnds);
				}
				return; // a short read near the end of the file: what was read is all there is
			}
			where += n;
		}
	}
}
