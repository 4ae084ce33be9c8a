package codio.classdata.access;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the Date column into epoch milliseconds. Codio writes {@code 2026-01-12 10:04:31}, which is UTC; ISO 8601
 * with {@code T}, optional fraction and an offset ({@code Z}, {@code +01:00}, {@code +0100}) is also accepted, and
 * ISO without an offset is taken as UTC like Codio's form. The common shapes are parsed by hand (java.time's
 * formatters cost about a second per million rows); anything else goes through java.time.
 */
final class AccessDates {

	/** Returned when the text is no date; real times never come this close to the minimum. */
	static final long INVALID = Long.MIN_VALUE;

	private int lastDateKey = -1;
	private long lastEpochDay;

	long parse(String text) {
		int length = text.length();
		if (length < 16 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':') {
			return slow(text);
		}
		char separator = text.charAt(10);
		if (separator != ' ' && separator != 'T' && separator != 't') {
			return slow(text);
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		if ((year | month | day | hour | minute) < 0 || hour > 23 || minute > 59) {
			return slow(text);
		}
		int position = 16;
		int second = 0;
		int millis = 0;
		if (position < length && text.charAt(position) == ':') {
			second = digits(text, position + 1, 2);
			if (second < 0 || second > 59) {
				return slow(text);
			}
			position += 3;
			if (position < length && (text.charAt(position) == '.' || text.charAt(position) == ',')) {
				position++;
				int scale = 100;
				int start = position;
				while (position < length && isDigit(text.charAt(position))) {
					millis += (text.charAt(position) - '0') * scale;
					scale /= 10;
					position++;
				}
				if (position == start) {
					return slow(text);
				}
			}
		}
		int offsetSeconds = 0;
		if (position < length) {
			char sign = text.charAt(position);
			if ((sign == 'Z' || sign == 'z') && position + 1 == length) {
				offsetSeconds = 0;
			} else if (sign == '+' || sign == '-') {
				offsetSeconds = offset(text, position + 1);
				if (offsetSeconds == Integer.MIN_VALUE) {
					return slow(text);
				}
				offsetSeconds = sign == '-' ? -offsetSeconds : offsetSeconds;
			} else {
				return slow(text);
			}
		}
		int dateKey = year * 10000 + month * 100 + day;
		if (dateKey != lastDateKey) {
			try {
				lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
			} catch (DateTimeException e) {
				return INVALID;
			}
			lastDateKey = dateKey;
		}
		long seconds = lastEpochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
		return seconds * 1000L + millis;
	}

	/** {@code HH:MM}, {@code HHMM} or {@code HH} up to the end; Integer.MIN_VALUE when malformed. */
	private static int offset(String text, int from) {
		int remaining = text.length() - from;
		int hours = remaining >= 2 ? digits(text, from, 2) : -1;
		int minutes;
		if (remaining == 2) {
			minutes = 0;
		} else if (remaining == 4) {
			minutes = digits(text, from + 2, 2);
		} else if (remaining == 5 && text.charAt(from + 2) == ':') {
			minutes = digits(text, from + 3, 2);
		} else {
			return Integer.MIN_VALUE;
		}
		if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
			return Integer.MIN_VALUE;
		}
		return hours * 3600 + minutes * 60;
	}

	private static int digits(String text, int from, int count) {
		if (from + count > text.length()) {
			return -1;
		}
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Rare shapes (a zone id in brackets, a date alone): java.time decides. */
	private static long slow(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return INVALID;
		}
		try {
			return ZonedDateTime.parse(trimmed, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant().toEpochMilli();
		} catch (DateTimeParseException e) {
			// try the next shape
		}
		try {
			return OffsetDateTime.parse(trimmed).toInstant().toEpochMilli();
		} catch (DateTimeParseException e) {
			// try the next shape
		}
		try {
			return LocalDateTime.parse(trimmed.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
		} catch (DateTimeParseException e) {
			// try the next shape
		}
		try {
			return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		} catch (DateTimeParseException e) {
			return INVALID;
		}
	}
}
