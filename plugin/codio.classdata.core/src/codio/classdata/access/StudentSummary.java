package codio.classdata.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one person did in the log: the Students tab's row. Names, e-mail and role are those of the person's latest
 * row.
 *
 * @param lastLogin the latest Log In, or null when the log has none for the person
 * @param sessions  how many Log In events
 * @param events    how many rows in all
 * @param units     time per unit, by unit name
 * @param ips       the distinct IP addresses, sorted
 */
public record StudentSummary(String username, String firstName, String lastName, String email, String role,
		Instant lastLogin, int sessions, int events, List<UnitTime> units, List<String> ips) {

	public Optional<Instant> lastLoginIfAny() {
		return Optional.ofNullable(lastLogin);
	}

	/** The time in all units together. */
	public Duration totalTime() {
		return units.stream().map(UnitTime::total).reduce(Duration.ZERO, Duration::plus);
	}

	/** Whether any unit's time contains a guessed end. */
	public boolean estimated() {
		return units.stream().anyMatch(UnitTime::estimated);
	}

	public boolean isStudent() {
		return role.isBlank() || role.strip().equalsIgnoreCase("Student");
	}

	public boolean isTeacher() {
		return role.strip().equalsIgnoreCase("Teacher");
	}
}
