package codio.classdata.emulatortest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import okhttp3.Request;
import okhttp3.Response;

/** {@code courses/{id}/students}, {@code courses/{id}/teachers} and {@code stacks/{id}} answer with Codio's shapes. */
class ClassMembersAndStacksTest {

	private EmulatorSession session;
	private String courseId;

	@BeforeEach
	void start() throws Exception {
		session = EmulatorSession.start();
		courseId = session.course("java").id();
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void studentsAndTeachersAreCodioUsers() throws Exception {
		session.emulator.state().setStudentsPerClass(8);

		JsonArray students = session.get("courses/" + courseId + "/students").getAsJsonArray();
		JsonArray teachers = session.get("courses/" + courseId + "/teachers").getAsJsonArray();

		assertEquals(8, students.size());
		assertEquals(2, teachers.size());
		Set<String> logins = new HashSet<>();
		for (JsonElement element : students.asList()) {
			JsonObject user = element.getAsJsonObject();
			assertEquals(Set.of("id", "name", "login", "email"), user.keySet());
			assertTrue(user.get("id").getAsString().matches("[0-9a-f]{32}"), user.toString());
			assertTrue(user.get("email").getAsString().startsWith(user.get("login").getAsString() + "@"));
			assertTrue(user.get("name").getAsString().contains(" "));
			assertTrue(logins.add(user.get("login").getAsString()), "logins are unique in a class");
		}
	}

	@Test
	void rostersAreDeterministicAndFollowTheStudentCount() throws Exception {
		JsonArray first = session.get("courses/" + courseId + "/students").getAsJsonArray();
		JsonArray again = session.get("courses/" + courseId + "/students").getAsJsonArray();
		String otherCourse = session.course("python").id();
		JsonArray other = session.get("courses/" + otherCourse + "/students").getAsJsonArray();
		session.emulator.state().setStudentsPerClass(5);
		JsonArray five = session.get("courses/" + courseId + "/students").getAsJsonArray();

		assertEquals(first, again);
		assertNotEquals(first, other);
		assertEquals(3, first.size());
		assertEquals(5, five.size());
		assertEquals(first.get(0), five.get(0), "more students extend the roster, they do not replace it");
	}

	@Test
	void unknownClassAnswersCodios404() throws Exception {
		try (Response response = session.call("GET", "courses/0123456789abcdef0123456789abcdef/students")) {
			assertEquals(404, response.code());
			assertEquals(JsonParser.parseString("{\"code\":404,\"error\":\"Course not found\"}"),
					JsonParser.parseString(response.body().string()));
		}
	}

	@Test
	void membersNeedTheBearerToken() throws Exception {
		Request request = new Request.Builder().url(session.emulator.apiUrl() + "/courses/" + courseId + "/students")
				.build();
		try (Response response = session.fetch(request)) {
			assertEquals(401, response.code());
		}
	}

	@Test
	void certifiedStacksAnswerStackInfo() throws Exception {
		JsonObject java = session.get("stacks/java17").getAsJsonObject();
		JsonObject empty = session.get("stacks/empty").getAsJsonObject();

		assertEquals("Java 17", java.get("name").getAsString());
		assertEquals("Empty (Ubuntu 22.04)", empty.get("name").getAsString());
		assertTrue(java.keySet().containsAll(Set.of("id", "name", "short_description", "long_description", "owner",
				"owner_type", "versions", "installations")), java.toString());
		JsonObject version = java.getAsJsonArray("versions").get(0).getAsJsonObject();
		assertEquals(Set.of("id", "changelog", "date"), version.keySet());
		for (String id : new String[] { "java11", "python", "jupyter", "cpp", "csharp", "nodejs", "ruby", "lamp",
				"erlang", "jeroo", "pencilcode", "empty-2604" }) {
			assertEquals(id, session.get("stacks/" + id).getAsJsonObject().get("id").getAsString());
		}
		assertEquals("C++ and C", session.get("stacks/cpp").getAsJsonObject().get("name").getAsString());
		assertEquals("Python 3", session.get("stacks/python").getAsJsonObject().get("name").getAsString());
		try (Response response = session.call("GET", "stacks/no-such-stack")) {
			assertEquals(404, response.code());
		}
	}
}
