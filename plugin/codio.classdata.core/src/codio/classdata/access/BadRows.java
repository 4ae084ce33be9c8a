package codio.classdata.access;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a load left out: how many, and the first {@value #KEPT} of them with their line numbers, which is
 * enough to see what is wrong without holding a broken million-row file twice.
 */
public final class BadRows {

	/** How many bad rows are kept with their reason. */
	public static final int KEPT = 20;

	private final List<BadRow> first = new ArrayList<>();
	private long count;

	void add(long line, String reason) {
		count++;
		if (first.size() < KEPT) {
			first.add(new BadRow(line, reason));
		}
	}

	/** Adds another run's bad rows after these, their lines moved down by {@code lineOffset}. */
	void addAll(BadRows later, long lineOffset) {
		count += later.count;
		for (BadRow row : later.first) {
			if (first.size() < KEPT) {
				first.add(new BadRow(row.line() + lineOffset, row.reason()));
			}
		}
	}

	/** How many rows were left out. */
	public long count() {
		return count;
	}

	/** The first ones, in file order. */
	public List<BadRow> first() {
		return List.copyOf(first);
	}

	@Override
	public String toString() {
		return count + " bad rows" + (first.isEmpty() ? "" : ", first " + first);
	}
}
