package codio.classdata.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * Where each column sits in a file, from its header line: documented columns by any of their names (see
 * {@link AccessColumn#ofHeader}), everything else kept as extra columns.
 */
final class HeaderLayout {

	private static final AccessColumn[] COLUMNS = AccessColumn.values();

	private final int width;
	private final int[] indexes = new int[COLUMNS.length];
	private final List<String> extraNames = new ArrayList<>();
	private final List<Integer> extraIndexes = new ArrayList<>();

	private HeaderLayout(int width) {
		this.width = width;
		Arrays.fill(indexes, -1);
	}

	static HeaderLayout of(CSVRecord header, String file) throws AccessDataException {
		List<String> names = header.toList();
		HeaderLayout layout = new HeaderLayout(names.size());
		for (int i = 0; i < names.size(); i++) {
			AccessColumn column = AccessColumn.ofHeader(names.get(i));
			if (column != null && layout.indexes[column.ordinal()] < 0) {
				layout.indexes[column.ordinal()] = i;
			} else {
				// kept, never dropped: shown as an extra column (also a second column of the same meaning)
				String name = names.get(i).strip();
				layout.extraNames.add(name.isEmpty() ? NLS.bind(AccessText.HeaderLayout_unnamedColumn, i + 1) : name);
				layout.extraIndexes.add(i);
			}
		}
		List<String> missing = Arrays.stream(COLUMNS).filter(c -> c.required() && layout.indexes[c.ordinal()] < 0)
				.map(AccessColumn::header).toList();
		if (!missing.isEmpty()) {
			String firstLine = names.stream().limit(12).map(name -> "\"" + shorten(name) + "\"")
					.collect(Collectors.joining(", ")) + (names.size() > 12 ? ", …" : "");
			throw new AccessDataException(file, NLS.bind(missing.size() > 1 ? AccessText.HeaderLayout_missingColumns
					: AccessText.HeaderLayout_missingColumn, new Object[] { file, String.join(", ", missing),
							firstLine }));
		}
		return layout;
	}

	private static String shorten(String name) {
		return name.length() > 40 ? name.substring(0, 40) + "…" : name;
	}

	int width() {
		return width;
	}

	int indexOf(AccessColumn column) {
		return indexes[column.ordinal()];
	}

	/** Indexed by column ordinal; -1 where the file lacks the column. */
	int[] textIndexes() {
		return indexes.clone();
	}

	int[] extraIndexes() {
		return extraIndexes.stream().mapToInt(Integer::intValue).toArray();
	}

	List<String> extraNames() {
		return extraNames;
	}

	Set<AccessColumn> present() {
		Set<AccessColumn> present = EnumSet.noneOf(AccessColumn.class);
		for (AccessColumn column : COLUMNS) {
			if (indexes[column.ordinal()] >= 0) {
				present.add(column);
			}
		}
		return present;
	}
}
