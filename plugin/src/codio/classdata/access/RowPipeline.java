package codio.classdata.access;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;

/**
 * Hands parsed records in batches to a second thread that decodes them, so that parsing the CSV (one core) and
 * interning and date reading (the other) overlap: a million rows load in little more than commons-csv's own time.
 * Records keep their order; the decoder is touched by its thread only.
 */
final class RowPipeline implements AutoCloseable {

	private static final int BATCH = 1024;
	private static final Batch END = new Batch();

	private final RowDecoder decoder;
	private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
	private final Thread worker;
	private volatile Throwable failure;
	private Batch current = new Batch();
	private boolean finished;

	RowPipeline(RowDecoder decoder, String name) {
		this.decoder = decoder;
		worker = new Thread(this::work, "Decoding " + name);
		worker.setDaemon(true);
		worker.start();
	}

	void add(CSVRecord record, long endLine) throws InterruptedException, IOException {
		Batch batch = current;
		batch.records[batch.size] = record;
		batch.lines[batch.size++] = endLine;
		if (batch.size == BATCH) {
			hand(batch);
			current = new Batch();
		}
	}

	/** Records a final bad row after everything handed so far. */
	void stop(long line, String reason) {
		current.stopLine = line;
		current.stopReason = reason;
	}

	/** Waits until every record handed over is decoded. */
	void finish() throws InterruptedException, IOException {
		hand(current);
		current = null;
		hand(END);
		worker.join();
		finished = true;
		rethrow();
	}

	private void hand(Batch batch) throws InterruptedException, IOException {
		while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
			rethrow();
		}
		rethrow();
	}

	private void rethrow() throws IOException {
		Throwable thrown = failure;
		if (thrown instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown != null) {
			throw new IOException(thrown);
		}
	}

	private void work() {
		try {
			while (true) {
				Batch batch = queue.take();
				if (batch == END) {
					return;
				}
				for (int i = 0; i < batch.size; i++) {
					decoder.decode(batch.records[i], batch.lines[i]);
				}
				if (batch.stopReason != null) {
					decoder.bad(batch.stopLine, batch.stopReason);
				}
			}
		} catch (InterruptedException e) {
			// closed early: the reader was cancelled or failed
		} catch (Throwable e) {
			failure = e;
		}
	}

	/** Stops the worker when the reader ends early (cancelled or failed). */
	@Override
	public void close() {
		if (!finished) {
			worker.interrupt();
			try {
				worker.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static final class Batch {
		final CSVRecord[] records = new CSVRecord[BATCH];
		final long[] lines = new long[BATCH];
		int size;
		long stopLine;
		String stopReason;
	}
}
