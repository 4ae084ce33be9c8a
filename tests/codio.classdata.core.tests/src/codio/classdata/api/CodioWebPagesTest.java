package codio.classdata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodioWebPagesTest {

	private static final String CLASS = "f9a5d049651f3ad08ac12fe39eb97ada";

	@Test
	void aCodioDomainServesItsPagesOnTheBareDomain() {
		CodioWebPages pages = CodioWebPages.of(new ConnectionSettings("codio.com", "", "", "id"));

		assertEquals("https://codio.com/home/teacher/" + CLASS + "/overview", pages.classOverview(CLASS).toString());
		assertEquals("https://codio.com/home/teacher/" + CLASS + "/grading-queue?assignmentId=a1b2",
				pages.gradingQueue(CLASS, "a1b2").toString());
	}

	@Test
	void theUkSiteHasTheSamePathsOnItsDomain() {
		assertEquals("https://codio.co.uk/home/teacher/" + CLASS + "/overview",
				CodioWebPages.of(new ConnectionSettings("codio.co.uk", "", "", "id")).classOverview(CLASS).toString());
	}

	@Test
	void customUrlsUseTheApiHostWithoutItsOctopusPrefix() {
		ConnectionSettings custom = new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER,
				"https://octopus.codio.example.edu/api/v1", "https://oauth.codio.example.edu/api/v1", "id");

		assertEquals("https://codio.example.edu/home/teacher/" + CLASS + "/overview",
				CodioWebPages.of(custom).classOverview(CLASS).toString());
	}

	@Test
	void aCustomApiHostWithoutThePrefixKeepsItsHostAndPort() {
		assertEquals("http://127.0.0.1:8765/home/teacher/" + CLASS + "/overview",
				CodioWebPages.forApiUrl("http://127.0.0.1:8765/api/v1").classOverview(CLASS).toString());
	}

	@Test
	void idsAreEncodedNotTrustedIntoTheAddress() {
		CodioWebPages pages = CodioWebPages.forApiUrl("https://octopus.codio.com/api/v1");

		assertEquals("https://codio.com/home/teacher/a%2F..%2Fb/overview", pages.classOverview("a/../b").toString());
		assertEquals("https://codio.com/home/teacher/c/grading-queue?assignmentId=x%26y%3Dz",
				pages.gradingQueue("c", "x&y=z").toString());
	}

	@Test
	void anApiUrlWithoutAHostIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> CodioWebPages.forApiUrl("file:/tmp/api"));
	}
}
