package codio.classdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The registry ignores a plugin.xml that is not well-formed XML (a "--" in a comment is enough) and says so only in
 * the log: then every view, command and wizard is silently gone. This catches it at once.
 */
class PluginXmlTest {

	@ParameterizedTest
	@ValueSource(strings = { "codio.classdata.core", "codio.classdata.cli", "codio.classdata.ui" })
	void everyExtensionOfPluginXmlIsInTheRegistry(String bundleName) throws Exception {
		Bundle bundle = Platform.getBundle(bundleName);
		assertNotNull(bundle, bundleName);
		URL entry = bundle.getEntry("plugin.xml");
		assertNotNull(entry);
		Document document;
		try (InputStream in = entry.openStream()) {
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		NodeList declared = document.getElementsByTagName("extension");
		Set<String> declaredPoints = new TreeSet<>();
		for (int i = 0; i < declared.getLength(); i++) {
			declaredPoints.add(declared.item(i).getAttributes().getNamedItem("point").getNodeValue());
		}
		// by contributor: an extension with a dotted id (the command line's application) takes its namespace from the id
		IExtension[] registered = Platform.getExtensionRegistry()
				.getExtensions(ContributorFactoryOSGi.createContributor(bundle));
		Set<String> registeredPoints = new TreeSet<>();
		Arrays.stream(registered).forEach(extension -> registeredPoints.add(extension.getExtensionPointUniqueIdentifier()));
		assertEquals(declared.getLength(), registered.length, "extensions declared vs registered");
		assertEquals(declaredPoints, registeredPoints);
	}
}
