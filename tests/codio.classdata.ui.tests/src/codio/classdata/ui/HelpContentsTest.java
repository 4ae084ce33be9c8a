package codio.classdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.ITopic;
import org.eclipse.help.IToc;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Codio Class Data Guide is whole: every page the table of contents and the F1 contexts name exists, every
 * image and link of a page resolves, and every context id the code sets is registered with topics.
 */
class HelpContentsTest {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#:]+)(?:#[^\"]*)?\"");

	private final Bundle bundle = Platform.getBundle(UiIds.BUNDLE);

	@Test
	void everyPageOfTheTableOfContentsAndTheContextsExists() throws Exception {
		Set<String> pages = new LinkedHashSet<>();
		// hrefs of both files are relative to the bundle, not to the file
		pages.addAll(attributes("help/toc.xml", "topic", "href"));
		pages.addAll(attributes("help/toc.xml", "toc", "topic"));
		pages.addAll(attributes("help/contexts.xml", "topic", "href"));
		assertTrue(pages.size() >= 9, pages.toString());
		for (String page : pages) {
			assertNotNull(bundle.getEntry(page), page);
		}
	}

	@Test
	void everyImageAndLinkOfEveryPageResolves() throws Exception {
		List<String> broken = new ArrayList<>();
		int references = 0;
		var entries = bundle.findEntries("help/html", "*.html", false);
		while (entries.hasMoreElements()) {
			URL page = entries.nextElement();
			String html = read(page);
			Matcher matcher = REFERENCE.matcher(html);
			while (matcher.find()) {
				references++;
				URL target = new URL(page, matcher.group(1));
				try (InputStream in = target.openStream()) {
					in.read();
				} catch (IOException e) {
					broken.add(page.getPath() + " -> " + matcher.group(1));
				}
			}
		}
		assertTrue(references > 20, "references checked: " + references);
		assertEquals(List.of(), broken);
	}

	@Test
	void theGuideIsInTheHelpSystemsTableOfContents() {
		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(toc -> toc.getLabel().equals("Codio Class Data Guide"))
				.findFirst().orElseThrow(() -> new AssertionError("no Codio Class Data Guide among the books"));
		assertTrue(guide.getTopics().length >= 8, "chapters: " + guide.getTopics().length);
		for (ITopic topic : guide.getTopics()) {
			assertTrue(topic.getHref().startsWith("/" + UiIds.BUNDLE + "/help/html/"), topic.getHref());
		}
	}

	@Test
	void everyContextTheCodeSetsIsRegisteredWithTopics() {
		for (String id : List.of(HelpContexts.CLASSES_VIEW, HelpContexts.IMPORT_WIZARD,
				HelpContexts.ACCESS_DATA_EDITOR, HelpContexts.PREFERENCE_PAGE, HelpContexts.TEST_RESULTS_VIEW,
				HelpContexts.SIMILARITY_VIEW, HelpContexts.REFRESH_WIZARD)) {
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, id);
			IHelpResource[] topics = context.getRelatedTopics();
			assertTrue(topics.length > 0, id);
			assertTrue(topics[0].getHref().startsWith("/" + UiIds.BUNDLE + "/help/html/"), topics[0].getHref());
		}
	}

	private List<String> attributes(String file, String element, String attribute) throws Exception {
		Document document;
		try (InputStream in = bundle.getEntry(file).openStream()) {
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		List<String> values = new ArrayList<>();
		NodeList nodes = document.getElementsByTagName(element);
		for (int i = 0; i < nodes.getLength(); i++) {
			String value = ((Element) nodes.item(i)).getAttribute(attribute);
			values.add(value.contains("#") ? value.substring(0, value.indexOf('#')) : value);
		}
		return values;
	}

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
