package codio.classdata.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Recognises a User Access Data CSV by its header line (Username, Date and Access Type, in any order and case), so
 * the Access Data editor opens such files by default and every other CSV keeps the editor it had.
 */
public final class AccessCsvContentDescriber implements ITextContentDescriber {

	/** Headers longer than this are not an access file's. */
	private static final int MAX_HEADER_CHARS = 8192;

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
	}

	@Override
	public int describe(Reader contents, IContentDescription description) throws IOException {
		char[] head = new char[MAX_HEADER_CHARS];
		int length = new BufferedReader(contents).read(head);
		if (length <= 0) {
			return INVALID;
		}
		String text = new String(head, 0, length);
		int end = text.indexOf('\n');
		String header = (end < 0 ? text : text.substring(0, end)).replace("\uFEFF", "").replace("\r", "");
		return isAccessHeader(header) ? VALID : INVALID;
	}

	/** Whether a CSV header line names every required access column. */
	static boolean isAccessHeader(String header) {
		Set<AccessColumn> found = EnumSet.noneOf(AccessColumn.class);
		for (String name : header.split(",")) {
			AccessColumn column = AccessColumn.ofHeader(name.replace("\"", ""));
			if (column != null) {
				found.add(column);
			}
		}
		return found.containsAll(EnumSet.of(AccessColumn.USERNAME, AccessColumn.DATE, AccessColumn.ACCESS_TYPE));
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
