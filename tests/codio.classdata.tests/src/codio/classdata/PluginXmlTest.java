package codio.classdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The registry ignores a plugin.xml that is not well-formed XML (a "--" in a comment is enough) and says so only in
 * the log: then every view, command and wizard is silently gone. This catches it at once.
 */
class PluginXmlTest {

	@Test
	void everyExtensionOfPluginXmlIsInTheRegistry() throws Exception {
		Bundle bundle = Platform.getBundle("codio.classdata");
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
		IExtension[] registered = Platform.getExtensionRegistry().getExtensions(bundle.getSymbolicName());
		Set<String> registeredPoints = new TreeSet<>();
		Arrays.stream(registered).forEach(extension -> registeredPoints.add(extension.getExtensionPointUniqueIdentifier()));
		assertEquals(declared.getLength(), registered.length, "extensions declared vs registered");
		assertEquals(declaredPoints, registeredPoints);
	}
}
