package codio.classdata.access;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Writes rows of an {@link AccessLog} as a User Access Data CSV: the ten documented columns in Codio's order, then
 * the extra columns; dates in Codio's {@code YYYY-MM-DD HH:MM:SS} UTC form (ISO 8601 when they carry
 * milliseconds), so that the file reads back the same. The file appears under its name only when complete (written
 * beside it, then moved), and an existing file is never replaced unless {@link #replaceExisting(boolean)} says so.
 */
public final class AccessCsvWriter {

	private static final DateTimeFormatter CODIO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneOffset.UTC);

	private final AccessLog log;
	private final String[][] replacements;
	private final String[][] extraReplacements;
	private boolean replaceExisting;

	public AccessCsvWriter(AccessLog log) {
		this(log, new String[AccessColumn.values().length][], new String[log.extraColumns().size()][]);
	}

	/**
	 * With values replaced per dictionary code: {@code replacements[column.ordinal()][code]}, null = unchanged; for
	 * e-mail, first and last name the code is the row's username's.
	 */
	AccessCsvWriter(AccessLog log, String[][] replacements, String[][] extraReplacements) {
		this.log = log;
		this.replacements = replacements;
		this.extraReplacements = extraReplacements;
	}

	/** Whether an existing file at the target may be replaced (default: no, the write fails). */
	public AccessCsvWriter replaceExisting(boolean replace) {
		this.replaceExisting = replace;
		return this;
	}

	/** Writes the given rows, in the given order, to {@code out}. */
	public void write(int[] rows, Path out, IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(AccessText.AccessCsvWriter_task, out.getFileName()),
				rows.length / 4096 + 1);
		Path target = out.toAbsolutePath();
		if (!replaceExisting && Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null,
					NLS.bind(AccessText.AccessCsvWriter_exists, target.getFileName()));
		}
		Path part = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
		boolean done = false;
		try {
			try (BufferedWriter writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
					CSVPrinter printer = CSVFormat.DEFAULT.print(writer)) {
				printer.printRecord(header());
				List<String> record = new ArrayList<>(AccessColumn.values().length + log.extraColumns().size());
				for (int i = 0; i < rows.length; i++) {
					record.clear();
					fill(record, rows[i]);
					printer.printRecord(record);
					if ((i & 4095) == 4095) {
						progress.worked(1);
						if (progress.isCanceled()) {
							throw new InterruptedException("Writing " + target.getFileName() + " was cancelled");
						}
					}
				}
			}
			move(part, target);
			done = true;
		} finally {
			if (!done) {
				Files.deleteIfExists(part);
			}
		}
	}

	private List<String> header() {
		List<String> header = new ArrayList<>();
		for (AccessColumn column : AccessColumn.values()) {
			header.add(column.header());
		}
		header.addAll(log.extraColumns());
		return header;
	}

	private void fill(List<String> record, int row) {
		for (AccessColumn column : AccessColumn.values()) {
			switch (column) {
			case DATE -> record.add(time(log.epochMilli(row)));
			case ACCESS_TYPE -> record.add(log.type(row).label());
			case EMAIL, FIRST_NAME, LAST_NAME -> record.add(personal(column, row));
			default -> record.add(value(log.column(column), replacements[column.ordinal()], row));
			}
		}
		for (int i = 0; i < log.extraColumns().size(); i++) {
			record.add(value(log.extraColumn(i), extraReplacements[i], row));
		}
	}

	private static String value(StringColumn column, String[] replaced, int row) {
		return replaced == null ? column.value(row) : replaced[column.code(row)];
	}

	private String personal(AccessColumn column, int row) {
		String[] replaced = replacements[column.ordinal()];
		// Replacements of names and e-mails go by the row's user: two people may share a first name.
		return replaced == null ? log.column(column).value(row)
				: replaced[log.column(AccessColumn.USERNAME).code(row)];
	}

	static String time(long epochMilli) {
		Instant instant = Instant.ofEpochMilli(epochMilli);
		return epochMilli % 1000 == 0 ? CODIO_TIME.format(instant) : instant.toString();
	}

	private void move(Path part, Path target) throws IOException {
		if (replaceExisting) {
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return;
		}
		try {
			// A hard link fails if the name was taken meanwhile, where a rename would silently replace.
			Files.createLink(target, part);
			Files.delete(part);
		} catch (FileAlreadyExistsException e) {
			throw new FileAlreadyExistsException(target.toString(), null,
					NLS.bind(AccessText.AccessCsvWriter_exists, target.getFileName()));
		} catch (UnsupportedOperationException | IOException e) {
			Files.move(part, target);
		}
	}
}
