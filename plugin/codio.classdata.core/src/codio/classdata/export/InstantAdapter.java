package codio.classdata.export;

import java.io.IOException;
import java.time.Instant;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** Instants as ISO-8601 strings in the history file (Gson cannot reflect into java.time on Java 17). */
final class InstantAdapter extends TypeAdapter<Instant> {

	@Override
	public void write(JsonWriter out, Instant value) throws IOException {
		if (value == null) {
			out.nullValue();
		} else {
			out.value(value.toString());
		}
	}

	@Override
	public Instant read(JsonReader in) throws IOException {
		if (in.peek() == JsonToken.NULL) {
			in.nextNull();
			return null;
		}
		return Instant.parse(in.nextString());
	}
}
