/**
 * Codio's User Access Data (who logged in, opened and closed which project, when and from where): a streaming,
 * forgiving reader of the CSV export, a compact column-wise model for millions of rows, and the analyses the Access
 * Data editor and the command line show — per-student summaries, flags worth a look, activity histograms, filtering,
 * and anonymised or filtered exports. Headless; nothing here sends data anywhere.
 */
package codio.classdata.access;
