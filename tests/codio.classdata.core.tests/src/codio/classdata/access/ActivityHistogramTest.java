package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityHistogramTest {

	@TempDir
	Path folder;

	private AccessLog log() throws Exception {
		// START is 2026-02-02 09:00 UTC
		return new AccessCsvText().event("alice", 0, "Log In", "", "192.0.2.1")
				.event("alice", 30, "Log Out", "", "192.0.2.1").event("bob", 90, "Log In", "", "192.0.2.2")
				.event("alice", 60 * 24 * 2, "Log In", "", "192.0.2.1").read(folder);
	}

	@Test
	void countsEventsPerDayWithEmptyDaysBetween() throws Exception {
		ActivityHistogram days = ActivityHistogram.of(log(), TimeStep.DAY, ZoneOffset.UTC);
		assertEquals(List.of(3, 0, 1), counts(days));
		assertEquals(LocalDateTime.of(2026, 2, 2, 0, 0), days.start(0));
		assertEquals(LocalDateTime.of(2026, 2, 4, 0, 0), days.start(2));
		assertEquals(3, days.max());
		assertEquals(4, days.total());
	}

	@Test
	void countsEventsPerHourInTheGivenZone() throws Exception {
		ActivityHistogram hours = ActivityHistogram.of(log(), TimeStep.HOUR, ZoneId.of("Europe/Berlin"),
				new AccessLogFilter().student("alice").unit("").compile(log()));
		assertEquals(LocalDateTime.of(2026, 2, 2, 10, 0), hours.start(0), "09:00 UTC is 10:00 in Berlin in winter");
		assertEquals(2, hours.count(0));
		assertEquals(48 + 1, hours.size());
		assertEquals(1, hours.count(48));
	}

	@Test
	void aFilterThatMatchesNothingGivesAnEmptyHistogram() throws Exception {
		ActivityHistogram none = ActivityHistogram.of(log(), TimeStep.DAY, ZoneOffset.UTC, row -> false);
		assertEquals(0, none.size());
		assertEquals(0, none.max());
	}

	private static List<Integer> counts(ActivityHistogram histogram) {
		return IntStream.range(0, histogram.size()).map(histogram::count).boxed().toList();
	}
}
