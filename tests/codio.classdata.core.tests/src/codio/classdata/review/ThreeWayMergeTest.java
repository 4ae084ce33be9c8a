package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The line merge behind Refresh from Export. */
class ThreeWayMergeTest {

	private static final String BASE = "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n";

	private static ThreeWayMerge.Result merge(String base, String mine, String theirs) {
		return ThreeWayMerge.merge(bytes(base), bytes(mine), bytes(theirs));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void changesToDifferentLinesAreBothKept() {
		ThreeWayMerge.Result result = merge(BASE, "// reviewed: good start\n" + BASE,
				BASE.replace("line 5", "line 5, fixed by the student"));

		assertTrue(result.clean());
		assertEquals("// reviewed: good start\nline 1\nline 2\nline 3\nline 4\nline 5, fixed by the student\nline 6\n",
				new String(result.merged(), StandardCharsets.ISO_8859_1));
	}

	@Test
	void theSameChangeOnBothSidesComesInOnce() {
		String both = BASE.replace("line 3", "line three");

		ThreeWayMerge.Result result = merge(BASE, both, both.replace("line 6", "line six"));

		assertEquals(BASE.replace("line 3", "line three").replace("line 6", "line six"),
				new String(result.merged(), StandardCharsets.ISO_8859_1));
	}

	@Test
	void differentChangesToTheSameLinesConflictAndNothingIsMerged() {
		ThreeWayMerge.Result result = merge(BASE, BASE.replace("line 2", "instructor's line 2")
				.replace("line 6", "instructor's line 6"), BASE.replace("line 2", "student's line 2")
						.replace("line 6", "student's line 6"));

		assertFalse(result.clean());
		assertNull(result.merged());
		assertEquals(2, result.conflicts());
	}

	@Test
	void lineEndsAndBytesOutsideUtf8SurviveUntouched() {
		String base = "a\r\nb\r\nc\r\n\u00e9t\u00e9";
		byte[] latin1 = bytes(base);

		ThreeWayMerge.Result result = ThreeWayMerge.merge(latin1, bytes("top\r\n" + base),
				bytes(base.replace("b\r\n", "b2\r\n")));

		assertEquals("top\r\na\r\nb2\r\nc\r\n\u00e9t\u00e9", new String(result.merged(),
				StandardCharsets.ISO_8859_1));
	}

	@Test
	void aBinaryFileChangedOnBothSidesIsAConflict() {
		byte[] binary = { 1, 0, 2, 3 };

		ThreeWayMerge.Result result = ThreeWayMerge.merge(binary, new byte[] { 1, 0, 2, 4 },
				new byte[] { 1, 0, 2, 5 });

		assertFalse(result.clean());
		assertEquals(1, result.conflicts());
	}
}
