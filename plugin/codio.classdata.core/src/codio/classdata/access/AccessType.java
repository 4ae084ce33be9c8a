package codio.classdata.access;

import java.util.Locale;

/** The kinds of event in a User Access Data file, with the labels Codio writes for them. */
public enum AccessType {

	LOG_IN("Log In"), LOG_OUT("Log Out"), PROJECT_OPEN("Project Open"), PROJECT_CLOSE("Project Close");

	private static final AccessType[] VALUES = values();

	private final String label;

	AccessType(String label) {
		this.label = label;
	}

	/** The label as Codio writes it, such as {@code Log In}. */
	public String label() {
		return label;
	}

	/**
	 * The type a file's value stands for: Codio's labels exactly (the fast path for a million rows), else ignoring
	 * case, spaces, hyphens and underscores ({@code login}, {@code PROJECT_OPEN}); null when it is none of them.
	 */
	public static AccessType parse(String value) {
		for (AccessType type : VALUES) {
			if (type.label.equals(value)) {
				return type;
			}
		}
		String squeezed = squeeze(value);
		for (AccessType type : VALUES) {
			if (squeeze(type.label).equals(squeezed)) {
				return type;
			}
		}
		return null;
	}

	private static String squeeze(String value) {
		StringBuilder text = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != ' ' && c != '-' && c != '_' && c != '\t') {
				text.append(c);
			}
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}

	static AccessType ofOrdinal(int ordinal) {
		return VALUES[ordinal];
	}
}
