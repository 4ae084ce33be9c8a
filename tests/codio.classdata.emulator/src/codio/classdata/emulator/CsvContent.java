package codio.classdata.emulator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV export: a header and the rows {@link #printRows} gives, in RFC 4180 form. */
abstract class CsvContent implements ArchiveContent {

	/** How Codio's CSV exports write times: UTC, to the second. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

	private final String[] header;

	CsvContent(String... header) {
		this.header = header;
	}

	@Override
	public final String extension() {
		return "csv";
	}

	@Override
	public final String contentType() {
		return "text/csv; charset=utf-8";
	}

	@Override
	public final void writeTo(Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer)) {
			printRows(printer);
		}
	}

	abstract void printRows(CSVPrinter printer) throws IOException;

	static String time(Instant instant) {
		return TIME.format(instant);
	}
}
