package codio.classdata.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * A class's first and last day, both included, for the outside-class-dates flag; either side may be open (null).
 * Written {@code 2026-08-31..2026-12-18} ({@code 2026-08-31..} or {@code ..2026-12-18} when open-ended): the form
 * the command line takes and the editor remembers.
 */
public record ClassDates(LocalDate first, LocalDate last) {

	public ClassDates {
		if (first == null && last == null) {
			throw new IllegalArgumentException(AccessText.ClassDates_noDay);
		}
		if (first != null && last != null && last.isBefore(first)) {
			throw new IllegalArgumentException(NLS.bind(AccessText.ClassDates_endBeforeStart, last, first));
		}
	}

	/** Reads {@code FIRST..LAST}; the message of the exception says what is wrong, for people. */
	public static ClassDates parse(String text) {
		int dots = text.indexOf("..");
		if (dots < 0) {
			throw new IllegalArgumentException(AccessText.ClassDates_form);
		}
		return new ClassDates(day(text.substring(0, dots).strip()), day(text.substring(dots + 2).strip()));
	}

	/** The days a class runs, from its start and end times (as Codio gives them) in the class's time zone. */
	public static Optional<ClassDates> of(Optional<Instant> start, Optional<Instant> end, ZoneId zone) {
		LocalDate first = start.map(instant -> LocalDate.ofInstant(instant, zone)).orElse(null);
		LocalDate last = end.map(instant -> LocalDate.ofInstant(instant, zone)).orElse(null);
		if (first == null && last == null || first != null && last != null && last.isBefore(first)) {
			return Optional.empty();
		}
		return Optional.of(new ClassDates(first, last));
	}

	private static LocalDate day(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(AccessText.ClassDates_notADay, text), e);
		}
	}

	@Override
	public String toString() {
		return (first == null ? "" : first.toString()) + ".." + (last == null ? "" : last.toString());
	}
}
