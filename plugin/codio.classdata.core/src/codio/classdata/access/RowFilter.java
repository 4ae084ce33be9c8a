package codio.classdata.access;

/** Selects rows of an {@link AccessLog} by index; the analyses take one to work on a student, a unit or a range. */
@FunctionalInterface
public interface RowFilter {

	/** Every row. */
	RowFilter ALL = row -> true;

	boolean test(int row);

	default RowFilter and(RowFilter other) {
		return row -> test(row) && other.test(row);
	}
}
