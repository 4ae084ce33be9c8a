package codio.classdata.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only channel that reads ahead in 64 KiB blocks. commons-compress reads a zip's table of contents record
 * by record in several small reads each; for a class of 60,000 files that is 180,000 system calls without this.
 * Synchronized, as commons-compress shares it between the streams of entries (each positions, then reads).
 */
final class ReadAheadChannel implements SeekableByteChannel {

	private final FileChannel file;
	private final ByteBuffer block = ByteBuffer.allocate(ArchiveReader.BUFFER_SIZE);
	private long blockStart = -1;
	private long position;

	ReadAheadChannel(FileChannel file) {
		this.file = file;
		block.limit(0);
	}

	@Override
	public synchronized int read(ByteBuffer dst) throws IOException {
		if (!dst.hasRemaining()) {
			return 0;
		}
		if (dst.remaining() >= block.capacity()) {
			int n = file.read(dst, position); // big reads gain nothing from the block
			if (n > 0) {
				position += n;
			}
			return n;
		}
		if (blockStart < 0 || position < blockStart || position >= blockStart + block.limit()) {
			block.clear();
			int n = file.read(block, position);
			block.flip();
			blockStart = position;
			if (n <= 0) {
				blockStart = -1;
				return -1;
			}
		}
		int offset = (int) (position - blockStart);
		int n = Math.min(dst.remaining(), block.limit() - offset);
		dst.put(block.array(), offset, n);
		position += n;
		return n;
	}

	@Override
	public synchronized long position() {
		return position;
	}

	@Override
	public synchronized SeekableByteChannel position(long newPosition) {
		position = newPosition;
		return this;
	}

	@Override
	public long size() throws IOException {
		return file.size();
	}

	@Override
	public int write(ByteBuffer src) {
		throw new NonWritableChannelException();
	}

	@Override
	public SeekableByteChannel truncate(long size) {
		throw new NonWritableChannelException();
	}

	@Override
	public boolean isOpen() {
		return file.isOpen();
	}

	@Override
	public void close() throws IOException {
		file.close();
	}
}
