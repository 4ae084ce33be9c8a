package codio.classdata.emulator;

/** The emulator's two servers, as Codio has two hosts: its API (with OAuth) and the archive host of export files. */
public enum EmulatedHost {
	/** {@code /api/v1/…} and {@code /oauth/api/v1/…}, like {@code octopus.codio.com}. */
	API,
	/** {@code /temporary/{fileName}}, like {@code archives.codio.com}. */
	ARCHIVE
}
