package codio.classdata.access;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * Looks through the students' rows (role Student, or blank) for patterns worth a look — hints, never verdicts:
 * <ul>
 * <li>{@link FlagKind#SHARED_IP}: one IP used by at least {@link #studentsPerIp} students within
 * {@link #sharedIpWindow} (default 2 students in 30 minutes) — may be shared work, or just one school network;</li>
 * <li>{@link FlagKind#MANY_IPS}: one student active from at least {@link #ipsPerStudent} IPs within
 * {@link #manyIpsWindow} (default 3 in 1 hour) — may be a shared account, or a laptop on the move;</li>
 * <li>{@link FlagKind#OUTSIDE_CLASS_DATES}: activity before the class's first or after its last day, when
 * {@link #classDates} are given.</li>
 * </ul>
 * Configure with the fluent setters, then call {@link #find(AccessLog)}.
 */
public final class AccessFlags {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	private Duration sharedIpWindow = Duration.ofMinutes(30);
	private int studentsPerIp = 2;
	private Duration manyIpsWindow = Duration.ofHours(1);
	private int ipsPerStudent = 3;
	private LocalDate classStart;
	private LocalDate classEnd;
	private ZoneId zone = ZoneId.systemDefault();

	/** How close together uses of one IP by different students must be (default 30 minutes). */
	public AccessFlags sharedIpWindow(Duration window) {
		this.sharedIpWindow = window;
		return this;
	}

	/** How many students on one IP make a flag (default 2). */
	public AccessFlags studentsPerIp(int students) {
		this.studentsPerIp = Math.max(2, students);
		return this;
	}

	/** Within how long a student's IPs are counted (default 1 hour). */
	public AccessFlags manyIpsWindow(Duration window) {
		this.manyIpsWindow = window;
		return this;
	}

	/** How many IPs of one student make a flag (default 3). */
	public AccessFlags ipsPerStudent(int ips) {
		this.ipsPerStudent = Math.max(2, ips);
		return this;
	}

	/** The days the class runs; without them (or with null), no outside-class-dates flags. */
	public AccessFlags classDates(ClassDates dates) {
		this.classStart = dates == null ? null : dates.first();
		this.classEnd = dates == null ? null : dates.last();
		return this;
	}

	/** The zone of the class dates and of the times in messages (default: this computer's). */
	public AccessFlags zone(ZoneId zone) {
		this.zone = zone;
		return this;
	}

	/** The flags, in time order. */
	public List<Flag> find(AccessLog log) {
		List<Flag> flags = new ArrayList<>();
		StringColumn users = log.column(AccessColumn.USERNAME);
		StringColumn ips = log.column(AccessColumn.IP_ADDRESS);
		int blankIp = ips.codeOf("");
		RowFilter students = log::isStudent;
		sharedIps(log, users, ips, blankIp, students, flags);
		manyIps(log, users, ips, blankIp, students, flags);
		outsideClassDates(log, users, students, flags);
		flags.sort(Comparator.comparing(Flag::when));
		return flags;
	}

	private void sharedIps(AccessLog log, StringColumn users, StringColumn ips, int blankIp, RowFilter students,
			List<Flag> flags) {
		RowGroups byIp = RowGroups.of(log, ips, students);
		WindowClusters clusters = new WindowClusters(log, users::code, users.distinctValues(),
				sharedIpWindow.toMillis(), studentsPerIp);
		for (int ip = 0; ip < byIp.groupCount(); ip++) {
			if (ip == blankIp) {
				continue;
			}
			for (int[] rows : clusters.find(byIp.rows(), byIp.start(ip), byIp.end(ip))) {
				List<String> who = distinct(rows, users);
				flags.add(new Flag(FlagKind.SHARED_IP, who, log.instant(rows[0]),
						NLS.bind(AccessText.AccessFlags_sharedIp, new Object[] { ips.valueOf(ip), who.size(),
								names(who), describe(sharedIpWindow), time(log, rows[0]) }),
						rows));
			}
		}
	}

	private void manyIps(AccessLog log, StringColumn users, StringColumn ips, int blankIp, RowFilter students,
			List<Flag> flags) {
		RowGroups byUser = RowGroups.of(log, users, students);
		WindowClusters clusters = new WindowClusters(log, row -> {
			int ip = ips.code(row);
			return ip == blankIp ? -1 : ip;
		}, ips.distinctValues(), manyIpsWindow.toMillis(), ipsPerStudent);
		for (int user = 0; user < byUser.groupCount(); user++) {
			for (int[] rows : clusters.find(byUser.rows(), byUser.start(user), byUser.end(user))) {
				List<String> addresses = distinct(rows, ips);
				flags.add(new Flag(FlagKind.MANY_IPS, List.of(users.valueOf(user)), log.instant(rows[0]),
						NLS.bind(AccessText.AccessFlags_manyIps, new Object[] { users.valueOf(user), addresses.size(),
								names(addresses), describe(manyIpsWindow), time(log, rows[0]) }),
						rows));
			}
		}
	}

	private void outsideClassDates(AccessLog log, StringColumn users, RowFilter students, List<Flag> flags) {
		if (classStart == null && classEnd == null) {
			return;
		}
		long from = classStart == null ? Long.MIN_VALUE : classStart.atStartOfDay(zone).toInstant().toEpochMilli();
		long until = classEnd == null ? Long.MAX_VALUE
				: classEnd.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
		RowGroups byUser = RowGroups.of(log, users, row -> {
			long time = log.epochMilli(row);
			return students.test(row) && (time < from || time >= until);
		});
		for (int user = 0; user < byUser.groupCount(); user++) {
			int start = byUser.start(user);
			int end = byUser.end(user);
			if (start == end) {
				continue;
			}
			int[] rows = java.util.Arrays.copyOfRange(byUser.rows(), start, end);
			flags.add(new Flag(FlagKind.OUTSIDE_CLASS_DATES, List.of(users.valueOf(user)), log.instant(rows[0]),
					NLS.bind(rows.length == 1 ? AccessText.AccessFlags_outsideClassDatesOnce
							: AccessText.AccessFlags_outsideClassDates, new Object[] { users.valueOf(user), rows.length,
									classStart == null ? "…" : classStart, classEnd == null ? "…" : classEnd,
									time(log, rows[0]) }),
					rows));
		}
	}

	private static List<String> distinct(int[] rows, StringColumn column) {
		Set<String> values = new LinkedHashSet<>();
		for (int row : rows) {
			values.add(column.value(row));
		}
		return List.copyOf(values);
	}

	private static String names(List<String> values) {
		return values.size() <= 5 ? String.join(", ", values)
				: NLS.bind(AccessText.AccessFlags_andMore, String.join(", ", values.subList(0, 5)), values.size() - 5);
	}

	private String time(AccessLog log, int row) {
		return TIME.withZone(zone).format(log.instant(row));
	}

	private static String describe(Duration window) {
		long minutes = window.toMinutes();
		if (minutes % 60 == 0) {
			return minutes == 60 ? AccessText.AccessFlags_oneHour
					: NLS.bind(AccessText.AccessFlags_hours, minutes / 60);
		}
		return NLS.bind(AccessText.AccessFlags_minutes, minutes);
	}
}
