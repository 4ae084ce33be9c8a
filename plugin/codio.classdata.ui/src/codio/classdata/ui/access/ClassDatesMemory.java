package codio.classdata.ui.access;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import codio.classdata.access.ClassDates;

/**
 * Remembers, per access file, the class dates its Flags tab uses: set from the Codio class when the file was fetched
 * from the Classes view, or typed by the user; "none" is remembered too, so unticking sticks.
 */
final class ClassDatesMemory {

	private static final String SECTION = "AccessDataEditor.classDates";
	private static final String NONE = "none";

	private ClassDatesMemory() {
	}

	/** The dates for a file; empty when none were set or the user turned the flag off. */
	static Optional<ClassDates> of(Path file) {
		String saved = section().get(key(file));
		if (saved == null || saved.equals(NONE)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ClassDates.parse(saved));
		} catch (IllegalArgumentException e) {
			return Optional.empty(); // a hand-edited settings file: as if nothing were remembered
		}
	}

	/** Whether anything (dates or "none") is remembered for the file. */
	static boolean knows(Path file) {
		return section().get(key(file)) != null;
	}

	/** Remembers the dates, or with null that the flag is off. */
	static void remember(Path file, ClassDates dates) {
		section().put(key(file), dates == null ? NONE : dates.toString());
	}

	private static String key(Path file) {
		return file.toAbsolutePath().normalize().toString();
	}

	private static IDialogSettings section() {
		IDialogSettings all = PlatformUI
				.getDialogSettingsProvider(FrameworkUtil.getBundle(ClassDatesMemory.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SECTION);
		return section != null ? section : all.addNewSection(SECTION);
	}
}
