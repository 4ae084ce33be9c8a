package codio.classdata.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import codio.classdata.review.SimilarPair.Fragment;

/**
 * Writes similarity hints as a CSV: <b>one row per shared fragment</b>, the pair's figures repeated on each of its
 * rows, so that a spreadsheet can filter and sort by file or by pair without splitting a cell; a pair's rows follow
 * each other in the given order (highest score first), its fragments longest first. Scores and shares are fractions
 * 0-1 with three decimals, lines are {@code first-last}.
 */
public final class SimilarityCsv {

	/** The header: the pair's columns, then the fragment's. */
	public static final String[] HEADER = { "Project A", "Project B", "Score", "Shared Fingerprints", "Share of A",
			"Share of B", "Fragments", "File of A", "Lines of A", "File of B", "Lines of B" };

	private SimilarityCsv() {
	}

	/** Writes the pairs, one row per fragment (a pair without fragments gets one row with empty fragment cells). */
	public static void write(List<SimilarPair> pairs, Writer out) throws IOException {
		try (CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
			printer.printRecord((Object[]) HEADER);
			for (SimilarPair pair : pairs) {
				Object[] figures = { pair.a(), pair.b(), fraction(pair.score()), pair.shared(),
						fraction(pair.shareOfA()), fraction(pair.shareOfB()), pair.fragments().size() };
				if (pair.fragments().isEmpty()) {
					printer.printRecord(concat(figures, "", "", "", ""));
				}
				for (Fragment fragment : pair.fragments()) {
					printer.printRecord(concat(figures, fragment.fileA(),
							fragment.firstLineA() + "-" + fragment.lastLineA(), fragment.fileB(),
							fragment.firstLineB() + "-" + fragment.lastLineB()));
				}
			}
		}
	}

	/** Writes the CSV beside {@code target} and moves it into place: a failure leaves no half-written file. */
	public static void write(List<SimilarPair> pairs, Path target) throws IOException {
		try {
			FileReplacement.write(target, out -> write(pairs, out));
		} catch (InterruptedException e) {
			// writing a CSV has no cancel point, so this cannot happen; keep the thread's flag all the same
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static Object[] concat(Object[] figures, Object... fragment) {
		Object[] record = new Object[figures.length + fragment.length];
		System.arraycopy(figures, 0, record, 0, figures.length);
		System.arraycopy(fragment, 0, record, figures.length, fragment.length);
		return record;
	}

	private static String fraction(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}
}
