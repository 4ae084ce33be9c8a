package codio.classdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The core bundle must run without a display (command line, tests, servers): it may not depend on SWT, JFace or
 * the workbench. OSGi enforces that through the manifest (the command line's tests check that no wire leads to a UI
 * bundle); this is the second line, on the compiled classes, so a fully qualified use is caught as well.
 */
class CoreImportsRuleTest {

	private static final List<String> CORE_PACKAGES = List.of("api", "export", "workspace", "access");
	private static final List<String> FORBIDDEN = List.of("org/eclipse/swt/", "org/eclipse/jface/",
			"org/eclipse/ui/");

	/** Names a forbidden type the way a compiled class does, to prove that the byte check can fail. */
	static final String SAMPLE_UI_REFERENCE = "org/eclipse/swt/widgets/Display";

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
	void theByteCheckRecognisesAReferenceToSwt() throws IOException {
		assertEquals(Optional.of("org/eclipse/swt/"),
				forbiddenReference(read("codio/classdata/CoreImportsRuleTest.class")));
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
