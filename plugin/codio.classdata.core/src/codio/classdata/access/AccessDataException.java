package codio.classdata.access;

import java.io.IOException;

/**
 * A file that cannot be read as User Access Data at all: not text, or without the columns that make it one. The
 * message names the file and says what is missing. Single bad rows never raise this; see {@link BadRows}.
 */
public class AccessDataException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String file;

	public AccessDataException(String file, String message) {
		super(message);
		this.file = file;
	}

	public AccessDataException(String file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The file's display name. */
	public String file() {
		return file;
	}
}
