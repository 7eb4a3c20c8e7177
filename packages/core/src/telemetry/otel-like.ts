// The parts of `@opentelemetry/api` minimax-kit calls, written out structurally: no package of
// minimax-kit imports it, so nothing of it is bundled or required unless the caller passes it in.

/** An attribute value. */
export type AttributeValue = string | number | boolean | string[];

/** Span, event and metric attributes. */
export type Attributes = Record<string, AttributeValue>;

/** A span (OpenTelemetry's `Span`). */
export interface SpanLike {
  setAttributes(attributes: Attributes): unknown;
  addEvent(name: string, attributes?: Attributes): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

/** A tracer (OpenTelemetry's `Tracer`). */
export interface TracerLike {
  startActiveSpan<T>(
    name: string,
    options: { kind?: number; attributes?: Attributes },
    fn: (span: SpanLike) => T,
  ): T;
}

/** OpenTelemetry's `trace` API. */
export interface TraceApiLike {
  getTracer(name: string, version?: string): TracerLike;
  getActiveSpan(): SpanLike | undefined;
}

/** A histogram (OpenTelemetry's `Histogram`). */
export interface HistogramLike {
  record(value: number, attributes?: Attributes): void;
}

/** A counter (OpenTelemetry's `Counter`). */
export interface CounterLike {
  add(value: number, attributes?: Attributes): void;
}

/** Options of an instrument. */
export interface InstrumentOptions {
  description?: string;
  unit?: string;
  advice?: { explicitBucketBoundaries?: number[] };
}

/** A meter (OpenTelemetry's `Meter`). */
export interface MeterLike {
  createHistogram(name: string, options?: InstrumentOptions): HistogramLike;
  createCounter(name: string, options?: InstrumentOptions): CounterLike;
}

/** OpenTelemetry's `metrics` API. */
export interface MetricsApiLike {
  getMeter(name: string, version?: string): MeterLike;
}
