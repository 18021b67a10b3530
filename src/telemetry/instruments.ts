/**
 * The metric instruments, made once per meter. The pacer's rate is an observable gauge: it reads the pacers of the
 * listings running now, each under a small number of its own (pacers are per client).
 */
import type { Counter, Histogram, Meter, ObservableResult, UpDownCounter } from '@opentelemetry/api';
import { METRIC } from './names.js';

/** What the gauge reads of a pacer: its spacing in milliseconds (0 while not pacing). */
export interface PacedClient {
	readonly interval: number;
}

export interface Instruments {
	readonly pages: Counter;
	readonly items: Counter;
	readonly requests: Counter;
	readonly retries: Counter;
	readonly throttles: Counter;
	readonly retryWait: Histogram;
	readonly checkpointSave: Histogram;
	readonly handlersActive: UpDownCounter;
	readonly handled: Counter;
	readonly failed: Counter;
	/** Shows `pacer` on the rate gauge until the returned function is called (listings may share one). */
	watchPacer(pacer: PacedClient): () => void;
}

const byMeter = new WeakMap<Meter, Instruments>();
const pacerNumbers = new WeakMap<PacedClient, number>();
let nextPacerNumber = 1;

export function instrumentsOf(meter: Meter): Instruments {
	let instruments = byMeter.get(meter);
	if (instruments === undefined) {
		instruments = create(meter);
		byMeter.set(meter, instruments);
	}
	return instruments;
}

function create(meter: Meter): Instruments {
	const watched = new Map<PacedClient, number>();
	const rate = meter.createObservableGauge(METRIC.pacerRate, { unit: '{request}/s', description: 'The pace the pacer lets requests through at; 0 while not pacing.' });
	rate.addCallback((result: ObservableResult) => {
		for (const pacer of watched.keys()) {
			const interval = pacer.interval;
			result.observe(interval === 0 ? 0 : 1000 / interval, { 'bedrock_paginators.pacer': pacerNumbers.get(pacer) ?? 0 });
		}
	});
	return {
		pages: meter.createCounter(METRIC.pages, { unit: '{page}', description: 'Pages received.' }),
		items: meter.createCounter(METRIC.items, { unit: '{item}', description: 'Items handed out, after a starting-token skip and a MaxItems cut.' }),
		requests: meter.createCounter(METRIC.requests, { unit: '{request}', description: 'Page requests sent, retries included.' }),
		retries: meter.createCounter(METRIC.retries, { unit: '{retry}', description: 'Page requests retried.' }),
		throttles: meter.createCounter(METRIC.throttles, { unit: '{response}', description: 'Throttled responses to page requests.' }),
		retryWait: meter.createHistogram(METRIC.retryWait, { unit: 's', description: 'Waits before retries (backoff or Retry-After), paced slots excluded.' }),
		checkpointSave: meter.createHistogram(METRIC.checkpointSave, { unit: 's', description: 'Time to save a job checkpoint (failure log included), retries included.' }),
		handlersActive: meter.createUpDownCounter(METRIC.handlersActive, { unit: '{handler}', description: 'Job handlers running.' }),
		handled: meter.createCounter(METRIC.handled, { unit: '{item}', description: 'Items a job recorded as handled (recorded failures included).' }),
		failed: meter.createCounter(METRIC.failed, { unit: '{item}', description: 'Items whose handler failed and were recorded.' }),
		watchPacer(pacer) {
			if (!pacerNumbers.has(pacer)) pacerNumbers.set(pacer, nextPacerNumber++);
			watched.set(pacer, (watched.get(pacer) ?? 0) + 1);
			return () => {
				const left = (watched.get(pacer) ?? 1) - 1;
				if (left === 0) watched.delete(pacer);
				else watched.set(pacer, left);
			};
		},
	};
}
