package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The command line runs on servers with no display, so neither it nor the core may be wired to a user-interface
 * bundle, however indirectly. (The test runtime itself holds the workbench, which Tycho's test harness asks for;
 * the install test runs the command line where no UI bundle is installed at all.)
 */
class HeadlessRuntimeTest {

	private static final List<String> UI_BUNDLE_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface",
			"org.eclipse.ui", "org.eclipse.e4.ui");

	@Test
	void noBundleTheCommandLineOrTheCoreDependsOnIsAUserInterfaceBundle() {
		Bundle cli = FrameworkUtil.getBundle(HeadlessRuntimeTest.class);
		assertEquals("codio.classdata.cli", cli.getSymbolicName());
		Set<String> reached = reachableBundles(cli);
		assertTrue(reached.containsAll(List.of("codio.classdata.core", "org.eclipse.core.resources")),
				"the walk must follow the wires: " + reached);
		assertEquals(List.of(), userInterfaceBundles(reached));
	}

	@Test
	void theWalkFindsTheUserInterfaceBundlesWhereTheyAreWired() {
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		assumeTrue(ide != null, "Tycho's test harness put no workbench into this runtime");
		assertTrue(userInterfaceBundles(reachableBundles(ide)).containsAll(List.of("org.eclipse.ui.ide",
				"org.eclipse.ui.workbench", "org.eclipse.jface", "org.eclipse.swt")));
	}

	private static List<String> userInterfaceBundles(Set<String> names) {
		return names.stream().filter(name -> UI_BUNDLE_PREFIXES.stream().anyMatch(name::startsWith)).toList();
	}

	private static Set<String> reachableBundles(Bundle start) {
		Set<String> names = new LinkedHashSet<>();
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> pending = new ArrayDeque<>(List.of(start));
		while (!pending.isEmpty()) {
			Bundle bundle = pending.pop();
			if (!seen.add(bundle)) {
				continue;
			}
			names.add(bundle.getSymbolicName());
			for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
				pending.push(wire.getProvider().getBundle());
			}
		}
		return names;
	}
}
