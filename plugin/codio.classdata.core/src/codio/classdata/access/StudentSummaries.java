package codio.classdata.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Summarises an {@link AccessLog} per person (students and teachers alike; {@link StudentSummary#isStudent()} tells
 * them apart). Time in a unit comes from pairing each Project Open with the Project Close of the same unit and
 * project path (or, failing that, of the same unit) by the same person:
 * <ul>
 * <li>an open without a close ends at the person's next Log Out — unless that is more than the cap (default
 * {@value #DEFAULT_MAX_OPEN_HOURS} h) later, then it counts as the cap and is marked estimated;</li>
 * <li>an open still running at the person's next Log In (a session that never logged out) or at the end of the log
 * counts up to the cap (or to that Log In, if sooner) and is marked estimated;</li>
 * <li>a second open of a project already open is the same visit (counted once, from the first open);</li>
 * <li>a close without an open is ignored.</li>
 * </ul>
 * Events are taken in time order per person whatever the file's order.
 */
public final class StudentSummaries {

	static final int DEFAULT_MAX_OPEN_HOURS = 2;

	/** The longest time an open without a close counts for, unless the caller says otherwise. */
	public static final Duration DEFAULT_MAX_OPEN = Duration.ofHours(DEFAULT_MAX_OPEN_HOURS);

	private final long capMillis;

	public StudentSummaries() {
		this(DEFAULT_MAX_OPEN);
	}

	/** @param maxOpen the longest time an open without a close counts for */
	public StudentSummaries(Duration maxOpen) {
		if (maxOpen.isNegative() || maxOpen.isZero()) {
			throw new IllegalArgumentException("the cap must be positive: " + maxOpen);
		}
		this.capMillis = maxOpen.toMillis();
	}

	/** Everyone in the log with the default cap, by username. */
	public static List<StudentSummary> of(AccessLog log) {
		return new StudentSummaries().summarise(log, RowFilter.ALL);
	}

	/** Everyone with rows in the filter, by username. */
	public List<StudentSummary> summarise(AccessLog log, RowFilter filter) {
		StringColumn users = log.column(AccessColumn.USERNAME);
		StringColumn units = log.column(AccessColumn.UNIT);
		StringColumn paths = log.column(AccessColumn.PROJECT_PATH);
		StringColumn ips = log.column(AccessColumn.IP_ADDRESS);
		int blankIp = ips.codeOf("");
		TimeOrder order = TimeOrder.of(log);
		Person[] people = new Person[users.distinctValues()];
		for (int position = 0; position < log.size(); position++) {
			int row = order.row(position);
			if (!filter.test(row)) {
				continue;
			}
			int user = users.code(row);
			Person person = people[user];
			if (person == null) {
				person = people[user] = new Person();
			}
			person.take(row, log.epochMilli(row), log.type(row), units.code(row), paths.code(row), ips.code(row),
					blankIp);
		}
		List<StudentSummary> summaries = new ArrayList<>();
		for (Person person : people) {
			if (person != null) {
				summaries.add(person.summary(log, units, ips));
			}
		}
		summaries.sort(Comparator.comparing(StudentSummary::username));
		return summaries;
	}

	/** One person's state while their events go by in time order. Small arrays: few units, IPs and open projects. */
	private final class Person {

		private int sessions;
		private long lastLogin = Long.MIN_VALUE;
		private int events;
		private int lastRow;
		private int[] ips = new int[2];
		private int ipCount;
		private int[] openUnit = new int[2];
		private int[] openPath = new int[2];
		private long[] openStart = new long[2];
		private int openCount;
		private int[] unitCodes = new int[2];
		private long[] unitMillis = new long[2];
		private int[] unitVisits = new int[2];
		private boolean[] unitEstimated = new boolean[2];
		private int unitCount;

		void take(int row, long time, AccessType type, int unit, int path, int ip, int blankIp) {
			events++;
			lastRow = row;
			if (ip != blankIp) {
				addIp(ip);
			}
			switch (type) {
			case LOG_IN -> {
				sessions++;
				lastLogin = Math.max(lastLogin, time);
				endAllOpen(time, true);
			}
			case LOG_OUT -> endAllOpen(time, false);
			case PROJECT_OPEN -> open(unit, path, time);
			case PROJECT_CLOSE -> close(unit, path, time);
			}
		}

		private void addIp(int ip) {
			for (int i = 0; i < ipCount; i++) {
				if (ips[i] == ip) {
					return;
				}
			}
			if (ipCount == ips.length) {
				ips = Arrays.copyOf(ips, ipCount * 2);
			}
			ips[ipCount++] = ip;
		}

		private void open(int unit, int path, long time) {
			for (int i = 0; i < openCount; i++) {
				if (openUnit[i] == unit && openPath[i] == path) {
					return; // already open: the same visit
				}
			}
			if (openCount == openUnit.length) {
				openUnit = Arrays.copyOf(openUnit, openCount * 2);
				openPath = Arrays.copyOf(openPath, openCount * 2);
				openStart = Arrays.copyOf(openStart, openCount * 2);
			}
			openUnit[openCount] = unit;
			openPath[openCount] = path;
			openStart[openCount++] = time;
		}

		private void close(int unit, int path, long time) {
			int match = -1;
			for (int i = 0; i < openCount && match < 0; i++) {
				if (openUnit[i] == unit && openPath[i] == path) {
					match = i;
				}
			}
			for (int i = 0; i < openCount && match < 0; i++) {
				if (openUnit[i] == unit) {
					match = i;
				}
			}
			if (match < 0) {
				return; // a close without an open tells nothing about time spent
			}
			add(unit, time - openStart[match], false);
			int tail = openCount - match - 1;
			System.arraycopy(openUnit, match + 1, openUnit, match, tail);
			System.arraycopy(openPath, match + 1, openPath, match, tail);
			System.arraycopy(openStart, match + 1, openStart, match, tail);
			openCount--;
		}

		/**
		 * Ends every open project: at a Log Out ({@code guessed} false) the time counts unless past the cap; at a
		 * Log In or the end of the log the end is a guess.
		 */
		private void endAllOpen(long time, boolean guessed) {
			for (int i = 0; i < openCount; i++) {
				long length = time == Long.MAX_VALUE ? capMillis : time - openStart[i];
				add(openUnit[i], Math.min(length, capMillis), guessed || length > capMillis);
			}
			openCount = 0;
		}

		private void add(int unit, long millis, boolean estimated) {
			int index = 0;
			while (index < unitCount && unitCodes[index] != unit) {
				index++;
			}
			if (index == unitCount) {
				if (unitCount == unitCodes.length) {
					unitCodes = Arrays.copyOf(unitCodes, unitCount * 2);
					unitMillis = Arrays.copyOf(unitMillis, unitCount * 2);
					unitVisits = Arrays.copyOf(unitVisits, unitCount * 2);
					unitEstimated = Arrays.copyOf(unitEstimated, unitCount * 2);
				}
				unitCodes[unitCount++] = unit;
			}
			unitMillis[index] += Math.max(0, millis);
			unitVisits[index]++;
			unitEstimated[index] |= estimated;
		}

		StudentSummary summary(AccessLog log, StringColumn units, StringColumn ipColumn) {
			endAllOpen(Long.MAX_VALUE, true);
			List<UnitTime> times = new ArrayList<>(unitCount);
			for (int i = 0; i < unitCount; i++) {
				times.add(new UnitTime(units.valueOf(unitCodes[i]), Duration.ofMillis(unitMillis[i]), unitVisits[i],
						unitEstimated[i]));
			}
			times.sort(Comparator.comparing(UnitTime::unit));
			List<String> addresses = new ArrayList<>(ipCount);
			for (int i = 0; i < ipCount; i++) {
				addresses.add(ipColumn.valueOf(ips[i]));
			}
			addresses.sort(null);
			return new StudentSummary(log.username(lastRow), log.firstName(lastRow), log.lastName(lastRow),
					log.email(lastRow), log.role(lastRow),
					lastLogin == Long.MIN_VALUE ? null : Instant.ofEpochMilli(lastLogin), sessions, events,
					List.copyOf(times), List.copyOf(addresses));
		}
	}
}
