package codio.classdata.access;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * Parses one run of User Access Data text — a whole file, or one {@link FileChunks.Chunk} of it — into rows of its
 * own {@link AccessLogBuilder}. Line numbers are counted from the run's start; {@link AccessLogBuilder#append} moves
 * them when runs are joined.
 */
final class ChunkLoader {

	// Lenient about a missing final quote and stray text after a closing quote: a damaged cell costs one row at
	// most, not the rest of the file.
	private static final CSVFormat LENIENT = CSVFormat.DEFAULT.builder().setLenientEof(true).setTrailingData(true)
			.setIgnoreEmptyLines(true).get();
	// A run that is not the file's last must end between records; ending inside quotes means the split was wrong.
	private static final CSVFormat ENDS_BETWEEN_RECORDS = LENIENT.builder().setLenientEof(false).get();
	private static final int CHECK_EVERY_ROWS = 1 << 14;

	/** Called every few thousand rows: reports progress, or throws when the load is cancelled. */
	interface Checkpoint {
		void reached() throws InterruptedException;
	}

	/** A run's rows, and how many line breaks it held (for the line numbers of the runs after it). */
	record Loaded(AccessLogBuilder rows, long lines) {
	}

	/** A run that is not the file's last could not be parsed to its end: the file must be read in one piece. */
	static final class SplitMismatch extends IOException {
		private static final long serialVersionUID = 1L;

		SplitMismatch(Throwable cause) {
			super("a quoted value spans the split", cause);
		}
	}

	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final boolean lastRun;

	/** @param lastRun whether the text goes on to the end of the file (otherwise it must end between records) */
	ChunkLoader(Reader reader, boolean lastRun) throws IOException {
		this.parser = (lastRun ? LENIENT : ENDS_BETWEEN_RECORDS).parse(reader);
		this.records = parser.iterator();
		this.lastRun = lastRun;
	}

	/** Reads the header line. */
	HeaderLayout header(String name) throws AccessDataException {
		if (!records.hasNext()) {
			throw new AccessDataException(name, NLS.bind(AccessText.ChunkLoader_empty, name));
		}
		return HeaderLayout.of(records.next(), name);
	}

	/** Reads every row up to the end of the text. */
	Loaded rows(HeaderLayout layout, int expectedRows, Checkpoint checkpoint)
			throws IOException, InterruptedException {
		AccessLogBuilder builder = new AccessLogBuilder(layout.present(), layout.extraNames(), expectedRows);
		RowDecoder decoder = new RowDecoder(layout, builder);
		long rows = 0;
		while (true) {
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					break;
				}
				record = records.next();
			} catch (UncheckedIOException | IllegalStateException e) {
				if (!lastRun) {
					throw new SplitMismatch(e);
				}
				// commons-csv cannot resume after a lexer error; keep what was read and say where it stopped.
				decoder.bad(parser.getCurrentLineNumber() + 1, NLS.bind(AccessText.ChunkLoader_unreadable,
						e.getMessage()));
				break;
			}
			decoder.decode(record, parser.getCurrentLineNumber());
			if ((++rows & (CHECK_EVERY_ROWS - 1)) == 0) {
				checkpoint.reached();
			}
		}
		checkpoint.reached();
		return new Loaded(builder, parser.getCurrentLineNumber());
	}
}
