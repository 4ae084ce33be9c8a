package codio.classdata.access;

import java.util.Locale;

/** The ten documented columns of Codio's User Access Data, in the order Codio writes them. */
public enum AccessColumn {

	USERNAME("Username"), EMAIL("Email"), FIRST_NAME("First Name"), LAST_NAME("Last Name"), DATE("Date"),
	ACCESS_TYPE("Access Type"), UNIT("Unit"), ROLE("Role"), PROJECT_PATH("Project Path"), IP_ADDRESS("IP Address");

	private final String header;

	AccessColumn(String header) {
		this.header = header;
	}

	/** The header as Codio writes it. */
	public String header() {
		return header;
	}

	/** Whether a file without this column is not an access file at all. */
	public boolean required() {
		return this == USERNAME || this == DATE || this == ACCESS_TYPE;
	}

	/** The column a header names, matched ignoring case and surrounding spaces; null for any other header. */
	public static AccessColumn ofHeader(String name) {
		String trimmed = name.strip();
		for (AccessColumn column : values()) {
			if (column.header.equalsIgnoreCase(trimmed)) {
				return column;
			}
		}
		// "E-mail", "IP", "Date/Time" and friends: the same column under a slightly different spelling.
		String squeezed = trimmed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return switch (squeezed) {
		case "emailaddress", "email" -> EMAIL;
		case "ip", "ipaddr" -> IP_ADDRESS;
		case "datetime", "time", "timestamp" -> DATE;
		case "type", "accesstype" -> ACCESS_TYPE;
		case "user", "login" -> USERNAME;
		case "firstname" -> FIRST_NAME;
		case "lastname" -> LAST_NAME;
		case "path", "projectpath" -> PROJECT_PATH;
		default -> null;
		};
	}
}
