package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.SimilarPair.Fragment;

/** The similarity CSV: one row per fragment with its pair's figures, quoted where needed, written atomically. */
class SimilarityCsvTest {

	@TempDir
	Path temp;

	private static final List<SimilarPair> PAIRS = List.of(
			new SimilarPair("Loops-ada", "Loops-bob, the 2nd", 0.8734, 41, 0.75, 0.9, List.of(
					new Fragment("src/Solution.java", 3, 14, "src/Mine.java", 20, 31),
					new Fragment("src/Solution.java", 30, 33, "src/Mine.java", 2, 5))),
			new SimilarPair("Loops-cy", "Loops-dee", 0.12, 4, 0.1, 0.125, List.of(
					new Fragment("a \"quoted\".py", 1, 2, "b.py", 7, 8))));

	@Test
	void oneRowPerFragmentWithThePairsFiguresRepeated() throws Exception {
		StringWriter out = new StringWriter();
		SimilarityCsv.write(PAIRS, out);

		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
		assertEquals(List.of(SimilarityCsv.HEADER), records.get(0).toList());
		assertEquals(1 + 3, records.size());
		assertEquals(List.of("Loops-ada", "Loops-bob, the 2nd", "0.873", "41", "0.750", "0.900", "2",
				"src/Solution.java", "3-14", "src/Mine.java", "20-31"), records.get(1).toList());
		assertEquals(List.of("Loops-ada", "Loops-bob, the 2nd", "0.873", "41", "0.750", "0.900", "2",
				"src/Solution.java", "30-33", "src/Mine.java", "2-5"), records.get(2).toList());
		assertEquals(List.of("Loops-cy", "Loops-dee", "0.120", "4", "0.100", "0.125", "1", "a \"quoted\".py", "1-2",
				"b.py", "7-8"), records.get(3).toList());
		// the comma and the quotes survive as one cell each because they were quoted, not split
		assertEquals(true, out.toString().contains("\"Loops-bob, the 2nd\""));
		assertEquals(true, out.toString().contains("\"a \"\"quoted\"\".py\""));
	}

	@Test
	void writtenBesideTheTargetAndMovedIntoPlaceWithNothingLeftOver() throws Exception {
		Path target = temp.resolve("similarity.csv");
		Files.writeString(target, "an older export");

		SimilarityCsv.write(PAIRS, target);

		assertEquals(1 + 3, Files.readAllLines(target).size(), "the header and a row per fragment");
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(target), files.toList(), "no temporary file left beside it");
		}
	}

	@Test
	void aFailedWriteLeavesWhatWasThereAndNoTemporaryFile() throws Exception {
		// a folder of that name cannot be replaced by a file: the move fails after the content was written
		Path target = Files.createDirectories(temp.resolve("similarity.csv"));
		Files.writeString(target.resolve("keep.txt"), "kept");

		assertThrows(IOException.class, () -> SimilarityCsv.write(PAIRS, target));

		assertEquals("kept", Files.readString(target.resolve("keep.txt")));
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(target), files.toList(), "the temporary file was deleted");
		}
		assertThrows(IOException.class, () -> SimilarityCsv.write(PAIRS, temp.resolve("missing/similarity.csv")));
	}
}
