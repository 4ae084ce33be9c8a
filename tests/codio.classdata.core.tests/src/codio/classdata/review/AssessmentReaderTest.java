package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.Assessment.AdvancedCodeTest;
import codio.classdata.review.Assessment.StandardCodeTest;

/** Assessments as Codio stores them, in both layouts, read leniently. */
class AssessmentReaderTest {

	@TempDir
	Path root;

	@Test
	void oneFilePerAssessment() throws Exception {
		put(".guides/assessments/code-output-compare-1.json", """
				{
				  // hand-edited files carry comments
				  "type": "code-output-compare",
				  "taskId": "code-output-compare-1",
				  "source": {
				    "name": "Sum", "points": 10,
				    "preExecuteCommand": "javac code/Sum.java", "command": "java -cp code Sum",
				    "options": {"ignoreCase": true, "ignoreWhitespaces": false, "ignoreNewline": false,
				                "matchSubstring": true, "timeout": 5},
				    "sequence": [{"arguments": "1 2", "input": "", "output": "3", "showFeedback": false}]
				  }
				}""");
		put(".guides/assessments/test-2.json", """
				{"type": "test", "taskId": "test-2", "source": {"name": "Hidden", "points": 4,
				 "command": "sh .guides/secure/run.sh", "timeoutSeconds": 20, "arePartialPointsAllowed": true,
				 "codeEnvConfig": "{\\"type\\":\\"python\\",\\"subtype\\":\\"unittest\\"}"}}""");
		put(".guides/assessments/multiple-choice-3.json",
				"{\"type\": \"multiple-choice\", \"taskId\": \"multiple-choice-3\", \"source\": {\"points\": 1}}");

		AssessmentReader.Result result = AssessmentReader.read(root);

		assertEquals(List.of(), result.problems());
		assertEquals(3, result.assessments().size());
		Assessment sum = result.assessments().get(0);
		assertEquals("Sum", sum.name());
		assertEquals(10, sum.points());
		StandardCodeTest standard = (StandardCodeTest) sum.codeTest();
		assertEquals("javac code/Sum.java", standard.preExecuteCommand());
		assertTrue(standard.options().ignoreCase() && standard.options().matchSubstring());
		assertEquals(5, standard.options().timeoutSeconds());
		assertEquals("1 2", standard.sequence().get(0).arguments());
		AdvancedCodeTest hidden = (AdvancedCodeTest) result.assessments().get(2).codeTest();
		assertEquals(20, hidden.timeoutSeconds());
		assertTrue(hidden.partialPointsAllowed());
		assertEquals("{\"type\":\"python\",\"subtype\":\"unittest\"}", hidden.codeEnvConfig());
		assertNull(result.assessments().get(1).codeTest(), "multiple choice is no code test");
	}

	@Test
	void olderUnitsKeepOneArrayAndABrokenFileIsReportedNotFatal() throws Exception {
		put(".guides/assessments.json", "[{\"type\": \"test\", \"taskId\": \"t\", \"source\": {\"command\": \"true\"}}]");
		put(".guides/assessments/broken.json", "{\"type\": ");

		AssessmentReader.Result result = AssessmentReader.read(root);

		assertEquals(1, result.assessments().size());
		assertEquals(AssessmentReader.DEFAULT_TIMEOUT_SECONDS,
				((AdvancedCodeTest) result.assessments().get(0).codeTest()).timeoutSeconds());
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).contains("broken.json"), result.problems().toString());
	}

	@Test
	void aWorkspaceWithoutGuidesHasNone() throws Exception {
		assertEquals(0, AssessmentReader.read(root).assessments().size());
	}

	private void put(String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
