package codio.classdata.access;

import java.util.List;
import java.util.Locale;

/**
 * The ten documented columns of Codio's User Access Data, in the order Codio writes them. Codio does not publish
 * its exact header line, so each column is recognised under the natural spellings of its name.
 */
public enum AccessColumn {

	USERNAME("Username", "username", "user", "login", "loginname", "userlogin"),
	EMAIL("Email", "email", "emailaddress", "usersregisteredemailaddress", "registeredemailaddress", "useremail",
			"useremailaddress", "mail"),
	FIRST_NAME("First Name", "firstname", "givenname", "forename"),
	LAST_NAME("Last Name", "lastname", "surname", "familyname"),
	DATE("Date", "date", "datetime", "dateandtime", "time", "timestamp", "datetimewhenuserloggedin", "logintime",
			"when"),
	ACCESS_TYPE("Access Type", "accesstype", "type", "access", "eventtype", "event", "action"),
	UNIT("Unit", "unit", "unitname", "assignment", "assignmentname"),
	ROLE("Role", "role", "roleinclass", "classrole", "userrole"),
	PROJECT_PATH("Project Path", "projectpath", "path", "project"),
	IP_ADDRESS("IP Address", "ipaddress", "ip", "ipaddr", "clientip", "clientipaddress", "remoteaddress");

	private final String header;
	/** Header names after {@link #normalise}: case, spaces, underscores and punctuation ignored. */
	private final List<String> names;

	AccessColumn(String header, String... names) {
		this.header = header;
		this.names = List.of(names);
	}

	/** The header as Codio writes it. */
	public String header() {
		return header;
	}

	/** Whether a file without this column is not an access file at all. */
	public boolean required() {
		return this == USERNAME || this == DATE || this == ACCESS_TYPE;
	}

	/** What a file without this (optional) column cannot show, in a sentence for the user. */
	public String withoutIt() {
		return switch (this) {
		case EMAIL -> AccessText.Missing_email;
		case FIRST_NAME, LAST_NAME -> AccessText.Missing_name;
		case UNIT -> AccessText.Missing_unit;
		case ROLE -> AccessText.Missing_role;
		case PROJECT_PATH -> AccessText.Missing_projectPath;
		case IP_ADDRESS -> AccessText.Missing_ipAddress;
		case USERNAME, DATE, ACCESS_TYPE -> AccessText.Missing_required;
		};
	}

	/**
	 * The column a header names, or null for any other header: {@code User Name}, {@code user_name},
	 * {@code Date/Time}, {@code Role In Class}, {@code ip_address} and Codio's own spelling all match.
	 */
	public static AccessColumn ofHeader(String name) {
		String normalised = normalise(name);
		for (AccessColumn column : values()) {
			if (column.names.contains(normalised)) {
				return column;
			}
		}
		return null;
	}

	/** Lower case, letters and digits only (a BOM, quotes, spaces, underscores, slashes and dashes go). */
	static String normalise(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
	}
}
