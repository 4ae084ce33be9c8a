package codio.classdata.access;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.access.FileChunks.Chunk;

/**
 * Reads a User Access Data CSV into an {@link AccessLog}, streaming: the file is never held whole, only the
 * compact columns grow. Columns are found by header (any order; names matched ignoring case and surrounding
 * spaces; columns beyond the documented ten are kept as extras). UTF-8 with or without a byte order mark. Dates as
 * {@link AccessDates} describes; Codio's {@code YYYY-MM-DD HH:MM:SS} form is UTC.
 * <p>
 * A row with an unreadable date, an unknown access type or the wrong number of values is left out and counted in
 * {@link AccessLog#badRows()}; it never stops the load. A file that is not an access file at all (binary, or without
 * Username, Date and Access Type headers) raises {@link AccessDataException}. Progress is reported in bytes read;
 * cancelling raises {@link InterruptedException}.
 * <p>
 * A large file is parsed in as many pieces as there are cores ({@link FileChunks}), each into its own columns,
 * which are then joined in file order: parsing is most of the work, and commons-csv keeps to one core.
 */
public final class AccessLogReader {

	private static final int SNIFF_BYTES = 8192;
	private static final int ROUGH_BYTES_PER_ROW = 110;
	private static final long MIN_CHUNK_BYTES = 4L << 20;
	private static final int MAX_THREADS = 8;
	private static final long PROGRESS_POLL_MILLIS = 100;

	private final Path file;
	private final int threads;
	private final long minChunkBytes;

	public AccessLogReader(Path file) {
		this(file, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), MIN_CHUNK_BYTES);
	}

	/** For tests: split even small files. */
	AccessLogReader(Path file, int threads, long minChunkBytes) {
		this.file = file;
		this.threads = threads;
		this.minChunkBytes = minChunkBytes;
	}

	/** Reads the file given to the constructor. */
	public AccessLog read(IProgressMonitor monitor) throws IOException, InterruptedException {
		String name = file.getFileName().toString();
		long length = Files.size(file);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(AccessText.AccessLogReader_task, name), kib(length));
		HeaderLayout layout;
		try (InputStream input = Files.newInputStream(file)) {
			BufferedInputStream buffered = new BufferedInputStream(input, SNIFF_BYTES);
			skipByteOrderMarkOfText(buffered, name);
			layout = new ChunkLoader(reader(buffered), true).header(name);
		}
		List<Chunk> chunks;
		try (FileChannel channel = FileChannel.open(file)) {
			chunks = FileChunks.split(channel, threads, minChunkBytes);
		}
		if (chunks.size() > 1) {
			try {
				return readInParallel(chunks, layout, name, progress);
			} catch (ChunkLoader.SplitMismatch e) {
				// a quoted value holds a line break at a split: read the file in one piece
				progress.setWorkRemaining(kib(length));
			}
		}
		try (InputStream input = Files.newInputStream(file)) {
			return readInOnePiece(input, name, length, layout, progress);
		}
	}

	/**
	 * Reads a stream (not closed here), in one piece.
	 *
	 * @param name   the file's display name, for messages and {@link AccessLog#source()}
	 * @param length the expected number of bytes for progress, or -1 when unknown
	 */
	public static AccessLog read(InputStream input, String name, long length, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(AccessText.AccessLogReader_task, name),
				length > 0 ? kib(length) : 1000);
		return readInOnePiece(input, name, length, null, progress);
	}

	/** @param layout the header's layout when already read, or null to read it here */
	private static AccessLog readInOnePiece(InputStream input, String name, long length, HeaderLayout layout,
			SubMonitor progress) throws IOException, InterruptedException {
		AtomicLong bytesRead = new AtomicLong();
		BufferedInputStream buffered = new BufferedInputStream(new CountingStream(input, bytesRead, Long.MAX_VALUE),
				1 << 16);
		skipByteOrderMarkOfText(buffered, name);
		ChunkLoader loader = new ChunkLoader(reader(buffered), true);
		HeaderLayout header = loader.header(name);
		long[] reportedKiB = { 0 };
		ChunkLoader.Loaded loaded = loader.rows(layout != null ? layout : header, expectedRows(length),
				() -> reportedKiB[0] = report(progress, bytesRead, reportedKiB[0]));
		return loaded.rows().build(name);
	}

	private AccessLog readInParallel(List<Chunk> chunks, HeaderLayout layout, String name,
			SubMonitor progress) throws IOException, InterruptedException {
		AtomicLong bytesRead = new AtomicLong();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(chunks.size(), runnable -> {
			Thread thread = new Thread(runnable, "Reading " + name);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<ChunkLoader.Loaded>> runs = new ArrayList<>();
			for (int i = 0; i < chunks.size(); i++) {
				Chunk chunk = chunks.get(i);
				boolean last = i == chunks.size() - 1;
				runs.add(pool.submit(() -> readChunk(chunk, last, layout, bytesRead, stop)));
			}
			AccessLogBuilder joined = null;
			long linesBefore = 0;
			long reportedKiB = 0;
			for (Future<ChunkLoader.Loaded> run : runs) {
				ChunkLoader.Loaded loaded = null;
				while (loaded == null) {
					try {
						loaded = run.get(PROGRESS_POLL_MILLIS, TimeUnit.MILLISECONDS);
					} catch (TimeoutException e) {
						reportedKiB = report(progress, bytesRead, reportedKiB);
					} catch (ExecutionException e) {
						throw unwrapped(e.getCause());
					}
				}
				if (joined == null) {
					joined = loaded.rows();
				} else {
					joined.append(loaded.rows(), linesBefore);
				}
				linesBefore += loaded.lines();
			}
			report(progress, bytesRead, reportedKiB);
			return joined.build(name);
		} finally {
			stop.set(true);
			pool.shutdownNow();
			// the runs stop at their next checkpoint; wait so that a fallback read does not share the cores
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	private ChunkLoader.Loaded readChunk(Chunk chunk, boolean last, HeaderLayout layout, AtomicLong bytesRead,
			AtomicBoolean stop) throws IOException, InterruptedException {
		try (FileChannel channel = FileChannel.open(file)) {
			channel.position(chunk.start());
			InputStream input = new CountingStream(Channels.newInputStream(channel), bytesRead, chunk.length());
			BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
			if (chunk.start() == 0) {
				skipByteOrderMarkOfText(buffered, file.getFileName().toString());
			}
			ChunkLoader loader = new ChunkLoader(reader(buffered), last);
			if (chunk.start() == 0) {
				loader.header(file.getFileName().toString());
			}
			return loader.rows(layout, expectedRows(chunk.length()), () -> {
				if (stop.get() || Thread.interrupted()) {
					throw new InterruptedException("Reading the access data was stopped");
				}
			});
		}
	}

	private static IOException unwrapped(Throwable cause) throws InterruptedException {
		if (cause instanceof IOException io) {
			return io;
		}
		if (cause instanceof InterruptedException interrupted) {
			throw interrupted;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IOException(cause);
	}

	private static Reader reader(InputStream input) {
		return new InputStreamReader(input, StandardCharsets.UTF_8);
	}

	private static int kib(long length) {
		return (int) Math.min(Integer.MAX_VALUE, length / 1024 + 1);
	}

	private static int expectedRows(long length) {
		return length > 0 ? (int) Math.min(50_000_000, length / ROUGH_BYTES_PER_ROW) : 1024;
	}

	private static long report(SubMonitor progress, AtomicLong bytesRead, long reportedKiB)
			throws InterruptedException {
		long kib = bytesRead.get() / 1024;
		if (kib > reportedKiB) {
			progress.worked((int) Math.min(Integer.MAX_VALUE, kib - reportedKiB));
		}
		if (progress.isCanceled()) {
			throw new InterruptedException("Reading the access data was cancelled");
		}
		return Math.max(kib, reportedKiB);
	}

	/** Refuses binary content, skips a UTF-8 byte order mark. */
	private static void skipByteOrderMarkOfText(BufferedInputStream input, String name) throws IOException {
		input.mark(SNIFF_BYTES);
		byte[] head = input.readNBytes(SNIFF_BYTES);
		input.reset();
		for (byte b : head) {
			if (b == 0) {
				throw new AccessDataException(name, NLS.bind(AccessText.AccessLogReader_binary, name));
			}
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			input.skipNBytes(3);
		}
	}

	/** Counts the bytes read into a shared total, for progress; reads at most {@code limit} bytes. */
	private static final class CountingStream extends FilterInputStream {

		private final AtomicLong total;
		private long remaining;

		CountingStream(InputStream in, AtomicLong total, long limit) {
			super(in);
			this.total = total;
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				remaining--;
				total.incrementAndGet();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int n = in.read(buffer, offset, (int) Math.min(length, remaining));
			if (n > 0) {
				remaining -= n;
				total.addAndGet(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] skipped = new byte[(int) Math.min(n, 8192)];
			int read = read(skipped, 0, skipped.length);
			return Math.max(0, read);
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(super.available(), remaining);
		}
	}
}
