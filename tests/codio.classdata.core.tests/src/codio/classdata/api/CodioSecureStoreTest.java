package codio.classdata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CodioSecureStoreTest {

	private final CodioEndpoints endpoints = new CodioEndpoints("https://octopus.example.org/api/v1",
			"https://oauth.example.org/api/v1/" + UUID.randomUUID());
	private final CodioSecureStore store = new CodioSecureStore();

	@AfterEach
	void forgetSecret() throws Exception {
		store.setClientSecret(endpoints, null);
	}

	@Test
	void secretAndTokenRoundTripThroughSecureStorageOnly() throws Exception {
		String secret = "s3cret-" + UUID.randomUUID();
		String tokenValue = "tok-" + UUID.randomUUID();
		new ConnectionSettings(ConnectionSettings.CUSTOM_SERVER, endpoints.apiBaseUrl(), endpoints.oauthBaseUrl(),
				"client-42").save();

		store.setClientSecret(endpoints, secret);
		store.tokenStore(endpoints).save(new AccessToken(tokenValue, Instant.parse("2030-01-01T00:00:00Z")));

		assertEquals(Optional.of(secret), new CodioSecureStore().clientSecret(endpoints));
		AccessToken reloaded = new CodioSecureStore().tokenStore(endpoints).load().orElseThrow();
		assertEquals(tokenValue, reloaded.value());
		assertEquals(Instant.parse("2030-01-01T00:00:00Z"), reloaded.expiresAt());

		List<Path> plainPreferenceFiles = preferenceFiles();
		assertFalse(plainPreferenceFiles.isEmpty(), "the settings were saved as plain preferences");
		for (Path file : plainPreferenceFiles) {
			String content = Files.readString(file, StandardCharsets.ISO_8859_1);
			assertFalse(content.contains(secret), "secret found in " + file);
			assertFalse(content.contains(tokenValue), "token found in " + file);
		}
		assertTrue(plainPreferenceFiles.stream().anyMatch(file -> contains(file, "client-42")),
				"the client id is a plain preference");
	}

	@Test
	void newSecretDropsTheTokenIssuedForTheOldOne() throws Exception {
		store.setClientSecret(endpoints, "first");
		store.tokenStore(endpoints).save(new AccessToken("old-token", Instant.MAX));

		store.setClientSecret(endpoints, "second");

		assertEquals(Optional.empty(), new CodioSecureStore().tokenStore(endpoints).load());
		assertEquals(Optional.of("second"), store.clientSecret(endpoints));
	}

	private static List<Path> preferenceFiles() throws IOException {
		Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
		Path settings = workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings");
		try (Stream<Path> files = Files.list(settings)) {
			return files.filter(file -> file.toString().endsWith(".prefs")).toList();
		}
	}

	private static boolean contains(Path file, String text) {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
		} catch (IOException e) {
			return false;
		}
	}
}
