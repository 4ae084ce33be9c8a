package codio.classdata.access;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

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
 */
public final class AccessLogReader {

	// Lenient about a missing final quote and stray text after a closing quote: a damaged cell costs one row at
	// most, not the rest of the file.
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setLenientEof(true).setTrailingData(true)
			.setIgnoreEmptyLines(true).get();
	private static final int SNIFF_BYTES = 8192;
	private static final int CHECK_EVERY_ROWS = 1 << 14;
	private static final int ROUGH_BYTES_PER_ROW = 110;

	private final Path file;

	public AccessLogReader(Path file) {
		this.file = file;
	}

	/** Reads the file given to the constructor. */
	public AccessLog read(IProgressMonitor monitor) throws IOException, InterruptedException {
		try (InputStream input = Files.newInputStream(file)) {
			return read(input, file.getFileName().toString(), Files.size(file), monitor);
		}
	}

	/**
	 * Reads a stream (not closed here).
	 *
	 * @param name   the file's display name, for messages and {@link AccessLog#source()}
	 * @param length the expected number of bytes for progress, or -1 when unknown
	 */
	public static AccessLog read(InputStream input, String name, long length, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + name,
				length > 0 ? (int) Math.min(Integer.MAX_VALUE, length / 1024 + 1) : 1000);
		CountingStream counting = new CountingStream(input);
		BufferedInputStream buffered = new BufferedInputStream(counting, 1 << 16);
		skipByteOrderMarkOfText(buffered, name);
		CSVParser parser = FORMAT.parse(new InputStreamReader(buffered, StandardCharsets.UTF_8));
		Iterator<CSVRecord> records = parser.iterator();
		if (!records.hasNext()) {
			throw new AccessDataException(name, name + " is empty: a User Access Data file starts with a header "
					+ "line naming its columns (Username, Date, Access Type, …).");
		}
		HeaderLayout layout = HeaderLayout.of(records.next(), name);
		AccessLogBuilder builder = new AccessLogBuilder(layout.present(), layout.extraNames(),
				length > 0 ? (int) Math.min(50_000_000, length / ROUGH_BYTES_PER_ROW) : 1024);
		RowDecoder decoder = new RowDecoder(layout, builder);
		try (RowPipeline pipeline = new RowPipeline(decoder, name)) {
			long rows = 0;
			long reportedKiB = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				} catch (UncheckedIOException | IllegalStateException e) {
					// commons-csv cannot resume after a lexer error; keep what was read and say where it stopped.
					pipeline.stop(parser.getCurrentLineNumber() + 1, "the CSV cannot be read from here on ("
							+ e.getMessage() + "); the rest of the file is left out");
					break;
				}
				pipeline.add(record, parser.getCurrentLineNumber());
				if ((++rows & (CHECK_EVERY_ROWS - 1)) == 0) {
					reportedKiB = report(progress, counting, reportedKiB);
				}
			}
			pipeline.finish();
			report(progress, counting, reportedKiB);
		}
		return builder.build(name);
	}

	private static long report(SubMonitor progress, CountingStream counting, long reportedKiB)
			throws InterruptedException {
		long kib = counting.count / 1024;
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
				throw new AccessDataException(name, name + " is not a text file (it contains binary data), so it "
						+ "cannot be User Access Data. Open the CSV file that Codio's User Access Data export saved.");
			}
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			input.skipNBytes(3);
		}
	}

	/** Counts the bytes read, for progress. */
	private static final class CountingStream extends FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}
}
