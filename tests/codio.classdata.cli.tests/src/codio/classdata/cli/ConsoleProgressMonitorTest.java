package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

class ConsoleProgressMonitorTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

	private String written() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aTerminalGetsABarRedrawnInPlaceAndClearedAtTheEnd() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, true, false);
		SubMonitor progress = SubMonitor.convert(monitor, "Downloading class.zip", 200);
		assertEquals("[------------------------]   0%  Downloading class.zip", monitor.line());
		assertTrue(written().startsWith("\r[------------------------]   0%  Downloading class.zip"), written());
		progress.worked(90);
		progress.subTask("class.zip: 12.0 of 26.7 MB");
		assertEquals("[###########-------------]  45%  Downloading class.zip: 12.0 of 26.7 MB", monitor.line());
		progress.worked(110);
		assertEquals("[########################] 100%  Downloading class.zip: 12.0 of 26.7 MB", monitor.line());
		assertTrue(!written().contains("\n"), "one line, redrawn: " + written());
		monitor.done();
		assertTrue(written().endsWith("\r"), "the line is wiped before the result is printed");
	}

	@Test
	void aLogGetsPlainLinesWithThePercentageNotOnePerStep() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, false, false);
		SubMonitor progress = SubMonitor.convert(monitor, "Reading access.csv", 1000);
		for (int i = 0; i < 1000; i++) {
			progress.worked(1);
			progress.subTask("row " + i);
		}
		assertEquals("Reading access.csv: row 999 (100%)", monitor.line());
		assertEquals("Reading access.csv\n", written(), "a thousand steps within two seconds make no more lines");
		monitor.beginTask("Summarising", 0);
		assertEquals("Reading access.csv\nSummarising\n", written(), "a new task always gets its line");
		assertTrue(!written().contains("\r"));
	}

	@Test
	void quietWritesNothing() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, true, true);
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting", 10);
		progress.worked(5);
		progress.subTask("half");
		monitor.done();
		assertEquals("", written());
	}

	@Test
	void aLongFileNameIsShortenedInTheMiddleSoThatTheFiguresStay() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, true, false);
		String name = "CS 101_ Introduction to Programming (Fall 2026) - Class Data.zip";
		SubMonitor progress = SubMonitor.convert(monitor, "Downloading " + name, 100);
		progress.worked(44);
		progress.subTask(name + ": 131.9 MB of 300.0 MB (312.5 MB/s)");
		String line = monitor.line();
		assertEquals(110, line.length(), line);
		assertTrue(line.startsWith("[###########-------------]  44%  Downloading CS 101_"), line);
		assertTrue(line.contains("…") && line.endsWith("Class Data.zip: 131.9 MB of 300.0 MB (312.5 MB/s)"), line);
	}

	@Test
	void longLinesAreCutToTheTerminal() {
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(err, true, false);
		monitor.beginTask("Downloading " + "a very long class name ".repeat(10), 10);
		assertEquals(110, monitor.line().length());
		assertTrue(monitor.line().contains("…"), monitor.line());
		monitor.subTask("x".repeat(200));
		assertEquals(110, monitor.line().length(), "a detail too long for any task is cut at the end");
		assertTrue(monitor.line().endsWith("…"), monitor.line());
	}
}
