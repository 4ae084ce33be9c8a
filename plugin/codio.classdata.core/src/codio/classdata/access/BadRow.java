package codio.classdata.access;

/**
 * One row that was left out of the log.
 *
 * @param line   the line in the file where the row starts (the header is line 1)
 * @param reason what is wrong with it, for people
 */
public record BadRow(long line, String reason) {
}
