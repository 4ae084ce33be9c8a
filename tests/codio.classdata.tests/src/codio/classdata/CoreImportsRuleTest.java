package codio.classdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The core packages must run without a display (command line, tests, servers): they may not refer to SWT, JFace
 * or the workbench. Checked on the compiled classes, so fully qualified uses are caught as well as imports.
 */
class CoreImportsRuleTest {

	private static final List<String> CORE_PACKAGES = List.of("api", "export", "workspace", "access");
	private static final List<String> FORBIDDEN = List.of("org/eclipse/swt/", "org/eclipse/jface/",
			"org/eclipse/ui/");

	@Test
	void corePackagesReferNeitherToSwtNorJFaceNorTheWorkbench() throws IOException {
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (String corePackage : CORE_PACKAGES) {
			for (String resource : classesOf("codio/classdata/" + corePackage)) {
				if (resource.endsWith("Test.class")) {
					continue; // test classes of the fragment live in the same packages
				}
				checked++;
				forbiddenReference(read(resource)).ifPresent(found -> violations.add(resource + " refers to " + found));
			}
		}
		assertTrue(checked > 10, "expected the core classes to be found, checked " + checked);
		assertEquals(List.of(), violations);
	}

	@Test
	void theCheckRecognisesAUiClass() throws IOException {
		Collection<String> uiClasses = classesOf("codio/classdata/ui");
		assertFalse(uiClasses.isEmpty());
		boolean anyFlagged = false;
		for (String resource : uiClasses) {
			anyFlagged |= forbiddenReference(read(resource)).isPresent();
		}
		assertTrue(anyFlagged, "the UI package uses SWT, so the check must flag it");
	}

	private static Optional<String> forbiddenReference(byte[] classFile) {
		String constants = new String(classFile, StandardCharsets.ISO_8859_1);
		return FORBIDDEN.stream().filter(constants::contains).findFirst();
	}

	private static Collection<String> classesOf(String path) {
		Bundle host = FrameworkUtil.getBundle(CoreImportsRuleTest.class);
		return host.adapt(BundleWiring.class).listResources(path, "*.class", BundleWiring.LISTRESOURCES_RECURSE);
	}

	private static byte[] read(String resource) throws IOException {
		try (InputStream in = CoreImportsRuleTest.class.getClassLoader().getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
	}
}
