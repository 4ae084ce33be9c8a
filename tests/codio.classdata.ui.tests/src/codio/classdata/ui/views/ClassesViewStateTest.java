package codio.classdata.ui.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;

import codio.classdata.api.Course;

class ClassesViewStateTest {

	private static Course course(String id) {
		return new Course(id, "Class " + id, null, null, null, null, null, null, null, null, false);
	}

	@Test
	void toggleFilterAndExpansionSurviveARestartOnce() throws Exception {
		Course first = course("c1");
		Course second = course("c2");
		XMLMemento saved = XMLMemento.createWriteRoot("view");
		ClassesViewState.save(saved, true, "python",
				new Object[] { first, new ClassFolder(first, ClassFolder.Kind.EXPORTS), "ignored" });
		StringWriter xml = new StringWriter();
		saved.save(xml);

		ClassesViewState restored = ClassesViewState.restore(XMLMemento.createReadRoot(new StringReader(xml.toString())));

		assertTrue(restored.showArchived());
		assertEquals("python", restored.filter());
		assertArrayEquals(new Object[] { first, new ClassFolder(first, ClassFolder.Kind.EXPORTS) },
				restored.takeExpansion(List.of(first, second)));
		assertArrayEquals(new Object[0], restored.takeExpansion(List.of(first, second)), "used once");
	}

	@Test
	void aFirstStartHasNothingToRestore() {
		ClassesViewState fresh = ClassesViewState.restore(null);
		assertEquals(false, fresh.showArchived());
		assertEquals("", fresh.filter());
		assertArrayEquals(new Object[0], fresh.takeExpansion(List.of(course("c1"))));
	}
}
