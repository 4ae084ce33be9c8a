/**
 * Reviewing student work against the assignment as published: the starter baselines from Codio's Course Sources
 * export ({@link codio.classdata.review.StarterSources}) and what each student changed
 * ({@link codio.classdata.review.ChangeComparison}). Headless: shared by the IDE and the command line.
 */
package codio.classdata.review;
