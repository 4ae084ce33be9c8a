package codio.classdata.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import codio.classdata.access.AccessColumn;
import codio.classdata.access.AccessLog;
import codio.classdata.access.ClassDates;
import codio.classdata.access.FlagKind;
import codio.classdata.api.Course;
import codio.classdata.ui.UiThreadGapProbe;
import codio.classdata.ui.WorkbenchTestSupport;

/** The Access Data editor in the real workbench, on a generated million-row file and on small constructed ones. */
class AccessDataEditorUiTest {

	private static final int STUDENTS = 200;
	private static final int SESSIONS = 1250;
	private static final int ROWS = STUDENTS * SESSIONS * 4;
	private static final String HEADER = "Username,Email,First Name,Last Name,Date,Access Type,Unit,Role,Project Path,IP Address";
	private static final DateTimeFormatter CODIO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneOffset.UTC);
	private static final Instant START = Instant.parse("2026-01-12T08:00:00Z");

	private static Path folder;
	private static Path million;

	@BeforeAll
	static void generate() throws Exception {
		folder = Files.createTempDirectory("access-editor");
		million = folder.resolve("class - User Access Data.csv");
		long start = System.nanoTime();
		writeMillion(million);
		System.out.println("access-editor: generated " + ROWS + " rows (" + Files.size(million) / (1 << 20)
				+ " MiB) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	@AfterAll
	static void cleanUp() throws Exception {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		Files.deleteIfExists(folder);
	}

	@AfterEach
	void closeEditors() {
		WorkbenchTestSupport.page().closeAllEditors(false);
		WorkbenchTestSupport.closeOtherShells();
	}

	@Test
	void opensAccessCsvsByDefaultAndLeavesOtherCsvsAlone() throws Exception {
		var registry = PlatformUI.getWorkbench().getEditorRegistry();
		var contentTypes = Platform.getContentTypeManager();
		var access = contentTypes.findContentTypeFor(new java.io.ByteArrayInputStream(
				"\uFEFFUsername,Email,Date,Access Type\nann,a@x.org,2026-09-01 10:00:00,Log In\n"
						.getBytes(StandardCharsets.UTF_8)), "class - User Access Data.csv");
		var grades = contentTypes.findContentTypeFor(
				new java.io.ByteArrayInputStream("Student,Grade\nann,A\n".getBytes(StandardCharsets.UTF_8)),
				"grades.csv");

		assertEquals("codio.classdata.accessCsv", access.getId());
		assertTrue(grades == null || !grades.getId().equals("codio.classdata.accessCsv"), String.valueOf(grades));
		assertEquals(AccessDataEditor.ID, registry.getDefaultEditor("access.csv", access).getId());
		IEditorDescriptor gradesDefault = registry.getDefaultEditor("grades.csv", grades);
		assertTrue(gradesDefault == null || !AccessDataEditor.ID.equals(gradesDefault.getId()),
				"a CSV that is not access data keeps its editor");
	}

	@Test
	void opensAMillionRowsWithoutBlockingTheUiAndFiltersSortsAndCharts() throws Exception {
		Display display = Display.getCurrent();
		Shell shell = WorkbenchTestSupport.page().getWorkbenchWindow().getShell();
		shell.setSize(1400, 850);
		UiThreadGapProbe probe = new UiThreadGapProbe(display);
		long start = System.nanoTime();
		AccessDataEditor editor = (AccessDataEditor) AccessDataOpener.open(million);
		probe.start();
		WorkbenchTestSupport.waitUntil(() -> editor.shownPage() != AccessDataEditor.Page.LOADING, "the load", 120_000);
		long openMillis = (System.nanoTime() - start) / 1_000_000;
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the first rows and chart", 60_000);
		long gapMillis = probe.stopMillis();
		System.out.println("access-editor: 1M rows shown in " + openMillis + " ms (load job "
				+ editor.data().loadMillis() + " ms); longest UI event-loop gap while loading " + gapMillis + " ms");
		assertEquals(AccessDataEditor.Page.CONTENT, editor.shownPage(), editor.errorText());
		AccessLog log = editor.data().log();
		assertEquals(ROWS, log.size());
		assertEquals(ROWS, editor.shownRows().length);
		assertTrue(gapMillis < 1000, "the UI thread was blocked for " + gapMillis + " ms");
		WorkbenchTestSupport.saveScreenshot(shell, "access-editor-events.png");

		editor.filterStudent("student042");
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the student filter");
		assertEquals(SESSIONS * 4, editor.shownRows().length);
		assertTrue(Arrays.stream(editor.shownRows()).allMatch(row -> log.username(row).equals("student042")));
		editor.filterStudent(null);
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy() && editor.shownRows().length == ROWS, "all rows");

		long sortStart = System.nanoTime();
		editor.sortBy(AccessColumn.DATE.ordinal(), true);
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the sort by date");
		System.out.println("access-editor: sorted 1M rows by date in " + (System.nanoTime() - sortStart) / 1_000_000
				+ " ms");
		int[] sorted = editor.shownRows();
		assertEquals(ROWS, sorted.length);
		for (int i = 1; i < sorted.length; i++) {
			assertTrue(log.epochMilli(sorted[i - 1]) <= log.epochMilli(sorted[i]), "row " + i + " out of order");
		}
		assertFalse(Arrays.equals(sorted, java.util.stream.IntStream.range(0, ROWS).toArray()),
				"the generated file is not in time order, so sorting must change the order");

		assertEquals(STUDENTS, editor.studentRows());
		assertTrue(editor.data().students().stream().allMatch(s -> s.sessions() == SESSIONS));

		editor.selectTab(3);
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the activity chart");
		assertTrue(editor.activityBars() > 20, "bars: " + editor.activityBars());
		WorkbenchTestSupport.saveScreenshot(shell, "access-editor-activity.png");

		Path exported = folder.resolve("filtered.csv");
		probe.start();
		editor.filterStudent("student007");
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the student filter");
		long filterGap = probe.stopMillis();
		System.out.println("access-editor: longest UI gap filtering the sorted million rows " + filterGap + " ms");
		assertTrue(filterGap < 1000, "the UI thread was blocked for " + filterGap + " ms");
		ExportRowsJob export = editor.export(exported, false);
		export.join();
		assertEquals(SESSIONS * 4 + 1, Files.readAllLines(exported).size());
	}

	@Test
	void flagsASharedIpAndManyIpsAndShowsTheRowsBehindAFlag() throws Exception {
		Path small = folder.resolve("small access.csv");
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		event(text, "ann", 0, "Log In", "192.0.2.7");
		event(text, "bob", 5, "Log In", "192.0.2.7");
		event(text, "cat", 10, "Log In", "198.51.100.1");
		event(text, "cat", 20, "Log In", "198.51.100.2");
		event(text, "cat", 30, "Log In", "198.51.100.3");
		event(text, "ann", 40, "Log Out", "192.0.2.7");
		text.append("dan,d@x,D,N,not a date,Log In,,Student,,192.0.2.9\n");
		Files.writeString(small, text, StandardCharsets.UTF_8);

		AccessDataEditor editor = (AccessDataEditor) AccessDataOpener.open(small);
		WorkbenchTestSupport.waitUntil(() -> editor.shownPage() != AccessDataEditor.Page.LOADING && !editor.isBusy(),
				"the small file");
		assertEquals(AccessDataEditor.Page.CONTENT, editor.shownPage(), editor.errorText());
		assertEquals(6, editor.data().log().size());
		assertEquals(1, editor.data().log().badRows().count());
		assertTrue(editor.data().flags().stream().anyMatch(f -> f.kind() == FlagKind.SHARED_IP), "shared IP");
		assertTrue(editor.data().flags().stream().anyMatch(f -> f.kind() == FlagKind.MANY_IPS), "many IPs");
		assertEquals(editor.data().flags().size(), editor.flagRows());
		var shared = editor.data().flags().stream().filter(f -> f.kind() == FlagKind.SHARED_IP).findFirst().get();
		editor.showFlag(shared);
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the flag's rows");
		assertEquals(shared.rowCount(), editor.shownRows().length);

		editor.selectEvents(0, 1);
		assertTrue(editor.copySelection());
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			String copied = (String) clipboard.getContents(TextTransfer.getInstance());
			List<String> lines = copied.lines().toList();
			assertEquals(3, lines.size(), copied);
			assertTrue(lines.get(0).startsWith("Username\t"), lines.get(0));
			assertTrue(lines.get(1).startsWith("ann\t") && lines.get(1).contains("\t192.0.2.7"), lines.get(1));
		} finally {
			clipboard.dispose();
		}

		Path anonymised = folder.resolve("small access - anonymised.csv");
		ExportRowsJob export = editor.export(anonymised, true);
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		String content = Files.readString(anonymised, StandardCharsets.UTF_8);
		assertEquals(shared.rowCount() + 1, content.lines().count(), "the header and the flag's rows: " + content);
		for (String personal : List.of("ann", "bob", "192.0.2.7", "school.example")) {
			assertFalse(content.contains(personal), personal + " is replaced by a pseudonym: " + content);
		}
	}

	@Test
	void theCodioClassGivesTheClassDatesAndTheUsersChoiceSticks() throws Exception {
		Path file = folder.resolve("dated access.csv");
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		event(text, "ann", 0, "Log In", "192.0.2.7"); // 2026-01-12, in class time
		event(text, "bob", 60 * 24 * 50, "Log In", "192.0.2.8"); // 2026-03-03, after the class
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Course course = new Course("c1", "CS 101", "", "2026-01-10T00:00:00Z", "2026-02-15T00:00:00Z", "UTC", null,
				null, null, null, false);

		AccessDataEditor editor = (AccessDataEditor) AccessDataOpener.open(file, course);
		WorkbenchTestSupport.waitUntil(() -> editor.shownPage() != AccessDataEditor.Page.LOADING && !editor.isBusy(),
				"the dated file");
		assertEquals(ClassDates.parse("2026-01-10..2026-02-15"), editor.classDates());
		assertEquals(List.of("bob"), outsideDates(editor), "bob's row is after the class's last day");
		assertEquals(editor.data().flags().size(), editor.flagRows());
		editor.selectTab(2);
		WorkbenchTestSupport.saveScreenshot(WorkbenchTestSupport.page().getWorkbenchWindow().getShell(),
				"access-editor-flags.png");

		editor.editClassDates(null);
		WorkbenchTestSupport.waitUntil(() -> !editor.isBusy(), "the flags without class dates");
		assertEquals(List.of(), outsideDates(editor));
		assertEquals(editor.data().flags().size(), editor.flagRows());

		WorkbenchTestSupport.page().closeAllEditors(false);
		AccessDataEditor reopened = (AccessDataEditor) AccessDataOpener.open(file, course);
		WorkbenchTestSupport.waitUntil(() -> reopened.shownPage() != AccessDataEditor.Page.LOADING
				&& !reopened.isBusy(), "the file opened again");
		assertEquals(null, reopened.classDates(), "turning the flag off is remembered for the file");
		reopened.editClassDates(ClassDates.parse("2026-03-01..2026-03-31"));
		WorkbenchTestSupport.waitUntil(() -> !reopened.isBusy(), "the flags with the typed dates");
		assertEquals(List.of("ann"), outsideDates(reopened), "ann's row is before the typed first day");
	}

	private static List<String> outsideDates(AccessDataEditor editor) {
		return editor.data().flags().stream().filter(flag -> flag.kind() == FlagKind.OUTSIDE_CLASS_DATES)
				.flatMap(flag -> flag.who().stream()).toList();
	}

	@Test
	void copyAndTheExportsAreEnabledOnlyWithRowsAndMissingColumnsAreNamed() throws Exception {
		Path file = folder.resolve("no ip access.csv");
		Files.writeString(file, "User Name,Date/Time,Access type,Unit name,Role In Class\n"
				+ "ann,2026-01-12 08:00:00,Log In,,Student\nbob,2026-01-12 08:05:00,Log In,,Student\n",
				StandardCharsets.UTF_8);
		AccessDataEditor editor = (AccessDataEditor) AccessDataOpener.open(file);
		WorkbenchTestSupport.waitUntil(() -> editor.shownPage() != AccessDataEditor.Page.LOADING && !editor.isBusy(),
				"the file");
		assertEquals(AccessDataEditor.Page.CONTENT, editor.shownPage(), editor.errorText());
		assertTrue(editor.missingColumnsText().contains("no IP Address column"), editor.missingColumnsText());
		assertTrue(editor.missingColumnsText().contains("flags cannot fire"), editor.missingColumnsText());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command copy = commands.getCommand("org.eclipse.ui.edit.copy");
		Command export = commands.getCommand("codio.classdata.ui.commands.exportAccessRows");
		Command anonymised = commands.getCommand("codio.classdata.ui.commands.anonymisedExport");

		WorkbenchTestSupport.waitUntil(() -> export.isEnabled() && anonymised.isEnabled(), "exports with rows");
		assertFalse(copy.isEnabled(), "nothing selected, nothing to copy");
		editor.selectEvents(0, 0);
		WorkbenchTestSupport.waitUntil(copy::isEnabled, "Copy with a selected row");
		editor.filterText("nobody-has-this-login");
		WorkbenchTestSupport.waitUntil(() -> editor.shownRows().length == 0, "no rows shown");
		WorkbenchTestSupport.waitUntil(() -> !export.isEnabled() && !anonymised.isEnabled(), "no exports of no rows");
	}

	@Test
	void aCsvThatIsNotAccessDataShowsWhy() throws Exception {
		Path grades = folder.resolve("grades.csv");
		Files.writeString(grades, "Student,Grade\nann,A\n", StandardCharsets.UTF_8);
		AccessDataEditor editor = (AccessDataEditor) AccessDataOpener.open(grades);
		WorkbenchTestSupport.waitUntil(() -> editor.shownPage() != AccessDataEditor.Page.LOADING, "the failed load");
		assertEquals(AccessDataEditor.Page.ERROR, editor.shownPage());
		assertTrue(editor.errorText().contains("grades.csv"), editor.errorText());
	}

	private static void event(StringBuilder text, String user, int minute, String type, String ip) {
		text.append(String.join(",", user, user + "@school.example", "First", user, CODIO.format(
				START.plusSeconds(minute * 60L)), type, "", "Student", "", ip)).append('\n');
	}

	/**
	 * Sessions round-robin over the students (log in, open a unit, close it, log out); each student starts a few
	 * seconds after the previous one, so the file is close to, but not in, time order.
	 */
	private static void writeMillion(Path file) throws Exception {
		String[] prefix = new String[STUDENTS];
		String[] suffix = new String[STUDENTS];
		for (int s = 0; s < STUDENTS; s++) {
			String user = String.format("student%03d", s);
			prefix[s] = user + "," + user + "@school.example,First" + s + ",Last" + s + ",";
			suffix[s] = ",Student," + user + "/unit-" + (s % 5) + ",10.1." + (s / 100) + "." + (s % 100) + "\n";
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int session = 0; session < SESSIONS; session++) {
				long base = START.getEpochSecond() + session * 4000L;
				for (int s = 0; s < STUDENTS; s++) {
					long t = base + s * 13L;
					String unit = "Unit " + (s % 5);
					row(out, prefix[s], suffix[s], t + 300, "Log In", "");
					row(out, prefix[s], suffix[s], t + 320, "Project Open", unit);
					row(out, prefix[s], suffix[s], t + 1900, "Project Close", unit);
					row(out, prefix[s], suffix[s], t + 1910, "Log Out", "");
				}
			}
		}
	}

	private static void row(BufferedWriter out, String prefix, String suffix, long epochSecond, String type,
			String unit) throws Exception {
		out.write(prefix);
		out.write(CODIO.format(Instant.ofEpochSecond(epochSecond)));
		out.write(',');
		out.write(type);
		out.write(',');
		out.write(unit);
		out.write(suffix);
	}
}
