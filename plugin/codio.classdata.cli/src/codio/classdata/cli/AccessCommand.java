package codio.classdata.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import codio.classdata.access.AccessColumn;
import codio.classdata.access.AccessFlags;
import codio.classdata.access.AccessLog;
import codio.classdata.access.AccessLogReader;
import codio.classdata.access.Anonymiser;
import codio.classdata.access.BadRow;
import codio.classdata.access.ClassDates;
import codio.classdata.access.Flag;
import codio.classdata.access.FlagKind;
import codio.classdata.access.StudentSummaries;
import codio.classdata.access.StudentSummary;
import codio.classdata.access.UnitTime;

/**
 * {@code access CSV [--summary] [--flags [--class-dates START..END]] [--anonymise OUT [--salt-file FILE]]}: the
 * access-data analysis of a User Access Data CSV, read from disk; nothing is sent anywhere. Without an option it
 * prints the summary. Times in text are in this computer's zone, in JSON ISO 8601 UTC.
 */
final class AccessCommand implements Command {

	static final String ESTIMATED = "≈";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	@Override
	public ExitCode run(CommandContext context) throws UsageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("access", context.arguments());
		boolean summary = arguments.flag("--summary");
		boolean flags = arguments.flag("--flags");
		Optional<String> classDates = arguments.option("--class-dates");
		Optional<String> anonymiseOption = arguments.option("--anonymise");
		if (anonymiseOption.isEmpty()) {
			anonymiseOption = arguments.option("--anonymize"); // people type both spellings
		}
		Optional<Path> anonymised = anonymiseOption.map(Path::of);
		Optional<Path> saltFile = arguments.option("--salt-file").map(Path::of);
		Path input = Path.of(arguments.positional("a User Access Data CSV file"));
		arguments.done();
		ClassDates dates = classDates.isPresent() ? classDates(classDates.get()) : null;
		if (dates != null && !flags) {
			throw new UsageException("access: --class-dates goes with --flags (it adds the outside-class-dates flag).");
		}
		if (saltFile.isPresent() && anonymised.isEmpty()) {
			throw new UsageException("access: --salt-file goes with --anonymise OUT.");
		}
		if (!summary && !flags && anonymised.isEmpty()) {
			summary = true;
		}
		checkInput(input);
		if (anonymised.isPresent()) {
			checkTarget(anonymised.get());
		}

		ConsoleProgressMonitor progress = context.progress();
		AccessLog log = new AccessLogReader(input).read(progress);
		progress.done();
		List<StudentSummary> everyone = summary ? StudentSummaries.of(log) : null;
		List<StudentSummary> students = summary ? everyone.stream().filter(StudentSummary::isStudent).toList() : null;
		List<Flag> found = flags ? flags(log, dates) : null;
		Path written = null;
		if (anonymised.isPresent()) {
			written = anonymise(context, log, anonymised.get(), saltFile, progress);
		}

		if (context.options().json()) {
			context.out().println(context.json().toJson(json(log, students, found, written)));
		} else {
			print(context, log, students, everyone == null ? 0 : everyone.size() - students.size(), found, written);
		}
		badRowNotes(context, log);
		if (flags && dates == null) {
			context.note("Give --class-dates START..END to also flag activity outside the class dates.");
		}
		return ExitCode.OK;
	}

	/** {@code START..END}, either side may be left out for open-ended; both days included. */
	static ClassDates classDates(String text) throws UsageException {
		try {
			return ClassDates.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException("access: --class-dates " + text + ": " + e.getMessage());
		}
	}

	private static void checkInput(Path input) {
		if (Files.isDirectory(input)) {
			throw new IllegalArgumentException(input + " is a folder; give the User Access Data CSV file.");
		}
		if (!Files.exists(input)) {
			throw new IllegalArgumentException(input + " does not exist.");
		}
	}

	/** Refused before the (possibly long) read: an existing file is never replaced. */
	private static void checkTarget(Path out) {
		if (Files.exists(out)) {
			throw new IllegalArgumentException(refusal(out));
		}
		Path folder = out.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IllegalArgumentException("Cannot write " + out + ": the folder " + folder + " does not exist.");
		}
	}

	private static String refusal(Path out) {
		return out + " already exists; the anonymised CSV never replaces a file. Choose another name or remove it.";
	}

	private static List<Flag> flags(AccessLog log, ClassDates dates) {
		return new AccessFlags().classDates(dates).find(log);
	}

	private static Path anonymise(CommandContext context, AccessLog log, Path out, Optional<Path> saltFile,
			ConsoleProgressMonitor progress) throws IOException, InterruptedException {
		Anonymiser anonymiser = saltFile.isPresent() ? new Anonymiser(salt(context, saltFile.get()))
				: Anonymiser.withRandomSalt();
		try {
			anonymiser.export(log, IntStream.range(0, log.size()).toArray(), out, false, progress);
		} catch (FileAlreadyExistsException e) {
			throw new IllegalArgumentException(refusal(out), e);
		}
		progress.done();
		return out.toAbsolutePath();
	}

	/**
	 * The salt kept in FILE, so that exports made with it give everyone the same pseudonyms; a missing FILE is
	 * created with a fresh random salt, readable by its owner only.
	 */
	private static byte[] salt(CommandContext context, Path file) throws IOException {
		if (Files.isRegularFile(file)) {
			byte[] salt = Files.readAllBytes(file);
			if (salt.length == 0) {
				throw new IllegalArgumentException("The salt file " + file + " is empty.");
			}
			return salt;
		}
		if (Files.exists(file)) {
			throw new IllegalArgumentException("The salt file " + file + " is not a file.");
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		byte[] salt = (HexFormat.of().formatHex(random) + "\n").getBytes(StandardCharsets.US_ASCII);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} catch (UnsupportedOperationException e) {
			Files.createFile(file);
		}
		Files.write(file, salt);
		context.note("Created the salt file " + file + "; keep it private, and give it again for exports whose "
				+ "pseudonyms should match this one's.");
		return salt;
	}

	private static Map<String, Object> json(AccessLog log, List<StudentSummary> students, List<Flag> flags,
			Path anonymised) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", log.source());
		json.put("events", log.size());
		json.put("badRows", log.badRows().count());
		List<Map<String, Object>> first = new ArrayList<>();
		for (BadRow row : log.badRows().first()) {
			Map<String, Object> bad = new LinkedHashMap<>();
			bad.put("line", row.line());
			bad.put("reason", row.reason());
			first.add(bad);
		}
		json.put("firstBadRows", first);
		json.put("missingColumns", log.missingColumns().stream().map(AccessColumn::header).toList());
		json.put("notes", log.notes());
		if (students != null) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (StudentSummary student : students) {
				rows.add(json(student));
			}
			json.put("students", rows);
		}
		if (flags != null) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Flag flag : flags) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("kind", kind(flag.kind()));
				row.put("who", flag.who());
				row.put("when", flag.when().toString());
				row.put("message", flag.message());
				row.put("rows", flag.rowCount());
				rows.add(row);
			}
			json.put("flags", rows);
		}
		if (anonymised != null) {
			json.put("anonymised", anonymised.toString());
		}
		return json;
	}

	private static Map<String, Object> json(StudentSummary student) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("login", student.username());
		row.put("name", name(student));
		row.put("email", student.email());
		row.put("lastLogin", student.lastLogin() == null ? null : student.lastLogin().toString());
		row.put("sessions", student.sessions());
		row.put("events", student.events());
		row.put("totalSeconds", student.totalTime().toSeconds());
		row.put("estimated", student.estimated());
		List<Map<String, Object>> units = new ArrayList<>();
		for (UnitTime unit : student.units()) {
			Map<String, Object> time = new LinkedHashMap<>();
			time.put("unit", unit.unit());
			time.put("seconds", unit.total().toSeconds());
			time.put("visits", unit.visits());
			time.put("estimated", unit.estimated());
			units.add(time);
		}
		row.put("units", units);
		row.put("ips", student.ips());
		return row;
	}

	/** @param staff how many people in the log are not students (teachers and others), not listed */
	private static void print(CommandContext context, AccessLog log, List<StudentSummary> students, long staff,
			List<Flag> flags, Path anonymised) {
		boolean first = true;
		if (students != null) {
			printStudents(context, students);
			long bad = log.badRows().count();
			context.out().printf(Locale.ROOT, "%,d events, %d students%s, %,d %s could not be read%n", log.size(),
					students.size(), staff == 0 ? "" : " (and " + staff + " staff, not listed)", bad,
					bad == 1 ? "row" : "rows");
			first = false;
		}
		if (flags != null) {
			if (!first) {
				context.out().println();
			}
			printFlags(context, flags);
			first = false;
		}
		if (anonymised != null) {
			if (!first) {
				context.out().println();
			}
			context.out().println(anonymised);
		}
	}

	private static void printStudents(CommandContext context, List<StudentSummary> students) {
		int loginWidth = "LOGIN".length();
		int nameWidth = "NAME".length();
		for (StudentSummary student : students) {
			loginWidth = Math.max(loginWidth, student.username().length());
			nameWidth = Math.max(nameWidth, name(student).length());
		}
		String format = "%-" + loginWidth + "s  %-" + nameWidth + "s  %-20s  %8s  %9s  %s%n";
		context.out().printf(Locale.ROOT, format, "LOGIN", "NAME", "LAST LOGIN", "SESSIONS", "TIME", "IPS");
		for (StudentSummary student : students) {
			context.out().printf(Locale.ROOT, format, student.username(), name(student),
					student.lastLogin() == null ? "-" : time(student.lastLogin()), student.sessions(),
					(student.estimated() ? ESTIMATED : "") + duration(student.totalTime()), student.ips().size());
		}
	}

	private static void printFlags(CommandContext context, List<Flag> flags) {
		if (flags.isEmpty()) {
			context.out().println("No flags: nothing in the students' activity looks worth a second look.");
			return;
		}
		for (Flag flag : flags) {
			context.out().printf(Locale.ROOT, "%s  %s  %s  (%d rows)%n", kind(flag.kind()), time(flag.when()),
					String.join(", ", flag.who()), flag.rowCount());
			context.out().println("  " + flag.message());
		}
		context.out().println(flags.size() + (flags.size() == 1 ? " flag" : " flags")
				+ " — hints worth a look, not findings.");
	}

	/** What the file's missing columns disable, then the first bad rows with their line numbers, as notes. */
	private static void badRowNotes(CommandContext context, AccessLog log) {
		log.notes().forEach(context::note);
		List<BadRow> first = log.badRows().first();
		for (BadRow row : first) {
			context.note("line " + row.line() + ": " + row.reason());
		}
		long more = log.badRows().count() - first.size();
		if (more > 0) {
			context.note("… and " + more + " more rows that could not be read.");
		}
	}

	static String kind(FlagKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String name(StudentSummary student) {
		return (student.firstName().strip() + " " + student.lastName().strip()).strip();
	}

	private static String time(Instant instant) {
		return TIME.withZone(ZoneId.systemDefault()).format(instant);
	}

	/** {@code 1h 05m}, {@code 45m}, {@code <1m} or {@code 0m}. */
	static String duration(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes == 0) {
			return duration.isZero() ? "0m" : "<1m";
		}
		return minutes < 60 ? minutes + "m" : String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
	}
}
