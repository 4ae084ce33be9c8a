package codio.classdata.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes an access log for sharing: usernames, names, e-mails and IP addresses replaced by pseudonyms
 * ({@code student-3f9a2c1b}, {@code student-3f9a2c1b@example.invalid}, first and last name {@code Student 3f9a2c1b},
 * {@code 10.x.y.z}); where a project path or an
 * extra column names a username, e-mail or IP of the log, that part is replaced too. Free text that mentions people
 * otherwise is not rewritten. Not thread-safe: one instance per export.
 * <p>
 * Pseudonyms are an HMAC-SHA256 of the value under a secret salt: the same person gets the same pseudonym throughout
 * a file, and in every export made with the same salt — so colleagues can compare two exports — while without the
 * salt the original cannot be recovered by trying names. {@link #withRandomSalt()} makes exports unlinkable to each
 * other; callers that want stable pseudonyms across exports keep a salt of their own. In the rare case that two
 * values share a pseudonym's digits within one export, the later one gets more digits.
 */
public final class Anonymiser {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}._@-]+");

	private final Mac mac;
	private final Map<String, String> usersByPseudonym = new HashMap<>();
	private final Map<String, String> ipsByPseudonym = new HashMap<>();

	/** @param salt the secret; the same salt gives the same pseudonyms */
	public Anonymiser(byte[] salt) {
		if (salt.length == 0) {
			throw new IllegalArgumentException("the salt must not be empty");
		}
		try {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(salt, "HmacSHA256"));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	/** A fresh random salt: pseudonyms are stable within the export but differ from every other export's. */
	public static Anonymiser withRandomSalt() {
		byte[] salt = new byte[32];
		new SecureRandom().nextBytes(salt);
		return new Anonymiser(salt);
	}

	/** The pseudonym of a username: {@code student-} or {@code teacher-} and hex digits; blank stays blank. */
	public String user(String username, boolean teacher) {
		if (username.isBlank()) {
			return username;
		}
		byte[] digest = digest("user:" + username);
		String hex = HexFormat.of().formatHex(digest);
		for (int digits = 8; digits <= hex.length(); digits += 2) {
			String candidate = hex.substring(0, digits);
			String owner = usersByPseudonym.putIfAbsent(candidate, username);
			if (owner == null || owner.equals(username)) {
				return (teacher ? "teacher-" : "student-") + candidate;
			}
		}
		throw new IllegalStateException("no free pseudonym for a user"); // needs a full SHA-256 collision
	}

	/** The pseudonym of an IP address (v4 or v6): an address in 10.0.0.0/8; blank stays blank. */
	public String ip(String address) {
		if (address.isBlank()) {
			return address;
		}
		for (int attempt = 0;; attempt++) {
			byte[] digest = digest("ip:" + address + (attempt == 0 ? "" : "#" + attempt));
			String candidate = "10." + (digest[0] & 0xFF) + "." + (digest[1] & 0xFF) + "." + (digest[2] & 0xFF);
			String owner = ipsByPseudonym.putIfAbsent(candidate, address);
			if (owner == null || owner.equals(address)) {
				return candidate;
			}
		}
	}

	/** Writes the rows, anonymised, to {@code out}; see {@link AccessCsvWriter} for how the file is written. */
	public void export(AccessLog log, int[] rows, Path out, boolean replaceExisting, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		new AccessCsvWriter(log, replacements(log), extraReplacements(log)).replaceExisting(replaceExisting)
				.write(rows, out, monitor);
	}

	private String[][] replacements(AccessLog log) {
		StringColumn users = log.column(AccessColumn.USERNAME);
		Map<String, String> known = knownValues(log);
		String[][] replacements = new String[AccessColumn.values().length][];
		String[] pseudonyms = new String[users.distinctValues()];
		boolean[] teacher = teachers(log, users);
		for (int code = 0; code < pseudonyms.length; code++) {
			pseudonyms[code] = user(users.valueOf(code), teacher[code]);
		}
		replacements[AccessColumn.USERNAME.ordinal()] = pseudonyms;
		// Names and e-mails follow the row's user: these arrays are indexed by the username's code (see the writer).
		String[] emails = new String[pseudonyms.length];
		String[] firstNames = new String[pseudonyms.length];
		String[] lastNames = new String[pseudonyms.length];
		for (int code = 0; code < pseudonyms.length; code++) {
			emails[code] = pseudonyms[code].isBlank() ? "" : pseudonyms[code] + "@example.invalid";
			firstNames[code] = pseudonyms[code].isBlank() ? "" : teacher[code] ? "Teacher" : "Student";
			lastNames[code] = pseudonyms[code].substring(pseudonyms[code].indexOf('-') + 1);
		}
		replacements[AccessColumn.EMAIL.ordinal()] = emails;
		replacements[AccessColumn.FIRST_NAME.ordinal()] = firstNames;
		replacements[AccessColumn.LAST_NAME.ordinal()] = lastNames;
		replacements[AccessColumn.IP_ADDRESS.ordinal()] = mapped(log.column(AccessColumn.IP_ADDRESS), this::ip);
		replacements[AccessColumn.PROJECT_PATH.ordinal()] = mapped(log.column(AccessColumn.PROJECT_PATH),
				value -> rewriteWords(value, known));
		return replacements;
	}

	private String[][] extraReplacements(AccessLog log) {
		Map<String, String> known = knownValues(log);
		String[][] replacements = new String[log.extraColumns().size()][];
		for (int i = 0; i < replacements.length; i++) {
			replacements[i] = mapped(log.extraColumn(i), value -> rewriteWords(value, known));
		}
		return replacements;
	}

	/** Every username, e-mail and IP of the log, with what replaces it in free text. */
	private Map<String, String> knownValues(AccessLog log) {
		StringColumn users = log.column(AccessColumn.USERNAME);
		boolean[] teacher = teachers(log, users);
		Map<String, String> known = new HashMap<>();
		StringColumn emails = log.column(AccessColumn.EMAIL);
		for (int row = 0; row < log.size(); row++) {
			String email = emails.value(row);
			if (!email.isBlank() && !known.containsKey(email)) {
				int user = users.code(row);
				known.put(email, user(users.valueOf(user), teacher[user]));
			}
		}
		for (int code = 0; code < users.distinctValues(); code++) {
			if (!users.valueOf(code).isBlank()) {
				known.put(users.valueOf(code), user(users.valueOf(code), teacher[code]));
			}
		}
		StringColumn ips = log.column(AccessColumn.IP_ADDRESS);
		for (int code = 0; code < ips.distinctValues(); code++) {
			if (!ips.valueOf(code).isBlank()) {
				known.put(ips.valueOf(code), ip(ips.valueOf(code)));
			}
		}
		return known;
	}

	/** A user is a teacher if any of their rows says so, so that their pseudonym is one throughout the file. */
	private static boolean[] teachers(AccessLog log, StringColumn users) {
		boolean[] teacher = new boolean[users.distinctValues()];
		for (int row = 0; row < log.size(); row++) {
			if (log.isTeacher(row)) {
				teacher[users.code(row)] = true;
			}
		}
		return teacher;
	}

	/** Replaces each word (and each part of it between / - _ . @) that is a known value. */
	private static String rewriteWords(String text, Map<String, String> known) {
		if (text.isEmpty()) {
			return text;
		}
		Matcher word = WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (word.find()) {
			String found = word.group();
			String replacement = known.get(found);
			if (replacement == null) {
				replacement = rewriteParts(found, known);
			}
			word.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		word.appendTail(out);
		return out.toString();
	}

	private static String rewriteParts(String word, Map<String, String> known) {
		StringBuilder out = new StringBuilder();
		int start = 0;
		for (int i = 0; i <= word.length(); i++) {
			if (i == word.length() || "-_.@".indexOf(word.charAt(i)) >= 0) {
				String part = word.substring(start, i);
				out.append(known.getOrDefault(part, part));
				if (i < word.length()) {
					out.append(word.charAt(i));
				}
				start = i + 1;
			}
		}
		return out.toString();
	}

	private static String[] mapped(StringColumn column, java.util.function.UnaryOperator<String> map) {
		String[] mapped = new String[column.distinctValues()];
		for (int code = 0; code < mapped.length; code++) {
			mapped[code] = map.apply(column.valueOf(code));
		}
		return mapped;
	}

	private byte[] digest(String value) {
		return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
	}
}
