import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  DataPointType,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

/** A span as a test reads it. */
export interface SeenSpan {
  name: string;
  kind: number;
  status: { code: number; message?: string | undefined };
  attributes: Record<string, unknown>;
  events: { name: string; attributes: Record<string, unknown> }[];
  parent: string | undefined;
  id: string;
}

/** One data point of a metric: a counter's sum, or a histogram's count and sum. */
export interface SeenPoint {
  attributes: Record<string, unknown>;
  value: number | { count: number; sum: number };
}

/**
 * The OpenTelemetry SDK, registered globally, exporting to memory: the `trace` and `metrics` the
 * tests pass to `openTelemetry`, and what they recorded.
 */
export function otelSdk() {
  trace.disable();
  metrics.disable();
  context.disable();
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const spanExporter = new InMemorySpanExporter();
  trace.setGlobalTracerProvider(
    new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spanExporter })] }),
  );
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 3_600_000,
  });
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));

  return {
    apis: { trace, metrics },
    spans(): SeenSpan[] {
      return spanExporter.getFinishedSpans().map((span) => ({
        name: span.name,
        kind: span.kind,
        status: span.status,
        attributes: { ...span.attributes },
        events: span.events.map((event) => ({ name: event.name, attributes: { ...event.attributes } })),
        parent: span.parentSpanContext?.spanId,
        id: span.spanContext().spanId,
      }));
    },
    /** Every metric by name, read now. */
    async metrics(): Promise<Map<string, SeenPoint[]>> {
      await reader.forceFlush();
      const seen = new Map<string, SeenPoint[]>();
      const last = metricExporter.getMetrics().at(-1);
      for (const scope of last?.scopeMetrics ?? []) {
        for (const metric of scope.metrics) {
          const points = metric.dataPoints.map((point) => ({
            attributes: { ...point.attributes },
            value:
              metric.dataPointType === DataPointType.HISTOGRAM
                ? {
                    count: (point.value as { count: number }).count,
                    sum: (point.value as { sum: number }).sum,
                  }
                : (point.value as number),
          }));
          seen.set(metric.descriptor.name, points);
        }
      }
      return seen;
    },
    async shutdown() {
      trace.disable();
      metrics.disable();
      context.disable();
    },
  };
}
