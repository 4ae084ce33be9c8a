package codio.classdata.api;

/** A background task Codio started ({@code TaskProgress}): its id and, for some exports, the URL to poll. */
public record ExportTask(String taskId, String taskUri) {
}
