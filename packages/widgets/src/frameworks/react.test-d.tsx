// A React 19 consumer, type-checked by `pnpm typecheck`: every tag, its properties and its
// `on<mm-event>` handlers are known, and a wrong tag, property or value is an error.
import '@minimax-kit/widgets/react';
import type {
  CalculatorResult,
  MmCostCalculator,
  MmRateGauge,
  ObservableLimiter,
  QuotaThresholdDetail,
  RemainsLike,
  SpendThresholdDetail,
} from '@minimax-kit/widgets';
import { useRef, useState } from 'react';

export function Widgets(props: { remains: RemainsLike; limiter: ObservableLimiter }) {
  const [estimate, setEstimate] = useState<CalculatorResult>();
  const [alert, setAlert] = useState<QuotaThresholdDetail>();
  const [spend, setSpend] = useState<SpendThresholdDetail>();
  const calculator = useRef<MmCostCalculator>(null);
  const gauge = useRef<MmRateGauge>(null);
  return (
    <>
      <mm-cost-calculator
        ref={calculator}
        lang="zh-CN"
        theme="dark"
        region="global"
        kind="speech"
        speechMode="async"
        text="你好"
        name="estimate"
        className="wide"
        onmm-estimate-change={(event) => setEstimate(event.detail)}
      />
      <mm-quota-meter
        remains={props.remains}
        warning={70}
        critical={90}
        onmm-quota-threshold={(event) => setAlert(event.detail)}
      />
      {/* biome-ignore lint/a11y/noHeaderScope: a rate-limit scope, not a table header's */}
      <mm-rate-gauge ref={gauge} limiter={props.limiter} scope="text:MiniMax-M2" warning={70} />
      <mm-spend-meter
        limiter={props.limiter}
        span={30}
        warning={70}
        onmm-spend-threshold={(event) => setSpend(event.detail)}
      />
      <mm-cost-calculator region="global" perDay="2400" />
      <p>
        {estimate?.state} {alert?.level} {spend?.used}
      </p>

      {/* @ts-expect-error: no such widget */}
      <mm-cost-calculater region="cn" />
      {/* @ts-expect-error: regions are cn and global */}
      <mm-cost-calculator region="eu" />
      {/* @ts-expect-error: no such property */}
      <mm-rate-gauge limitter={props.limiter} />
      {/* @ts-expect-error: span is a number of minutes */}
      <mm-spend-meter span="30" />
      {/* @ts-expect-error: warning is a number */}
      <mm-quota-meter warning="70" />
      <mm-quota-meter
        // @ts-expect-error: an mm-quota-threshold detail is no estimate
        onmm-quota-threshold={(event) => setEstimate(event.detail)}
      />
      <mm-cost-calculator
        // @ts-expect-error: an estimate has no level
        onmm-estimate-change={(event) => setAlert(event.detail.level)}
      />
    </>
  );
}
