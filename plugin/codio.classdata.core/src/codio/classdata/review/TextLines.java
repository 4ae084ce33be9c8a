package codio.classdata.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.rangedifferencer.IRangeComparator;
import org.eclipse.compare.rangedifferencer.RangeDifference;
import org.eclipse.compare.rangedifferencer.RangeDifferencer;

/**
 * A file's bytes as lines for Eclipse's range differencer, each line with its own line end, so that joining lines
 * gives back the very bytes (whatever the encoding: bytes map one to one to ISO-8859-1 characters, and no line end
 * is normalised). Files that look binary (a NUL byte near the start) or are large are not text here.
 */
final class TextLines implements IRangeComparator {

	/** Larger files are not merged or counted line by line. */
	static final int MAX_TEXT_BYTES = 2 << 20;
	private static final int SNIFF_BYTES = 8192;

	private final List<String> lines;

	private TextLines(List<String> lines) {
		this.lines = lines;
	}

	/** The lines of {@code bytes}, or null when they are not text. */
	static TextLines of(byte[] bytes) {
		if (bytes.length > MAX_TEXT_BYTES) {
			return null;
		}
		for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
			if (bytes[i] == 0) {
				return null;
			}
		}
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return new TextLines(lines);
	}

	int count() {
		return lines.size();
	}

	/** Appends lines {@code [start, start + length)} to {@code out}. */
	void appendTo(StringBuilder out, int start, int length) {
		for (int i = start; i < start + length; i++) {
			out.append(lines.get(i));
		}
	}

	boolean sameLines(int start, int length, TextLines other, int otherStart, int otherLength) {
		if (length != otherLength) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (!lines.get(start + i).equals(other.lines.get(otherStart + i))) {
				return false;
			}
		}
		return true;
	}

	/** Lines removed from {@code before} and added in {@code after}, as git counts them: {removed, added}. */
	static int[] changedLines(TextLines before, TextLines after) {
		int removed = 0;
		int added = 0;
		for (RangeDifference difference : RangeDifferencer.findDifferences(before, after)) {
			removed += difference.leftLength();
			added += difference.rightLength();
		}
		return new int[] { removed, added };
	}

	static byte[] bytes(StringBuilder text) {
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	@Override
	public int getRangeCount() {
		return lines.size();
	}

	@Override
	public boolean rangesEqual(int thisIndex, IRangeComparator other, int otherIndex) {
		return lines.get(thisIndex).equals(((TextLines) other).lines.get(otherIndex));
	}

	@Override
	public boolean skipRangeComparison(int length, int maxLength, IRangeComparator other) {
		return false;
	}
}
