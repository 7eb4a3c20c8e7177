import { badOption, MockOptionsError } from '../http/mock-options-error.js';
import { isRecord, ms, numberAt, onlyFields, wholeAtLeastZero } from './fields.js';

const faultTypes = ['latency', 'error', 'http', 'reset', 'malformed', 'cut', 'stall'];
const faultFields: Record<string, readonly string[]> = {
  latency: ['ms'],
  error: ['code', 'message'],
  http: ['status', 'body'],
  reset: [],
  malformed: [],
  cut: ['after'],
  stall: ['after'],
};

function checkLatency(option: string, value: unknown): void {
  const pause = (time: unknown): time is number =>
    typeof time === 'number' && Number.isFinite(time) && time >= 0;
  const [min, max] = Array.isArray(value) ? value : [];
  const ok =
    pause(value) ||
    (Array.isArray(value) && value.length === 2 && pause(min) && pause(max) && min <= max) ||
    (isRecord(value) && pause(value.p50) && pause(value.p99) && 0 < value.p50 && value.p50 <= value.p99);
  if (!ok) badOption(option, value, `${ms}, a range [min, max] or { p50, p99 } with 0 < p50 ≤ p99`);
}

function checkFault(option: string, fault: unknown): void {
  if (!isRecord(fault) || !faultTypes.includes(fault.type as string)) {
    const shown = isRecord(fault) ? fault.type : fault;
    badOption(isRecord(fault) ? `${option}.type` : option, shown, `a fault of type ${faultTypes.join(', ')}`);
  }
  const type = fault.type as string;
  onlyFields(option, fault, ['type', ...(faultFields[type] ?? [])]);
  if (type === 'latency') checkLatency(`${option}.ms`, fault.ms);
  if (type === 'error') {
    if (!Number.isSafeInteger(fault.code) || (fault.code as number) <= 0)
      badOption(`${option}.code`, fault.code, 'a MiniMax error code such as 1002');
    if (fault.message !== undefined && typeof fault.message !== 'string')
      badOption(`${option}.message`, fault.message, 'a string (or leave it out)');
  }
  if (type === 'http') {
    const { status } = fault;
    if (!Number.isInteger(status) || (status as number) < 200 || (status as number) > 599)
      badOption(`${option}.status`, status, 'an HTTP status from 200 to 599, such as 502');
    if (fault.body !== undefined && typeof fault.body !== 'string')
      badOption(`${option}.body`, fault.body, 'a string (or leave it out)');
  }
  if (type === 'cut' || type === 'stall')
    numberAt(`${option}.after`, fault.after, wholeAtLeastZero, 'a whole number of events ≥ 0');
}

/** Checks one fault rule (`faults[0]`, `inject(rule)`): where it applies, and its fault or script. */
export function checkFaultRule(option: string, rule: unknown): void {
  const shape = '{ path?, method?, fault, rate?, times? } or { path?, method?, script: [fault | null, …] }';
  if (!isRecord(rule)) badOption(option, rule, shape);
  onlyFields(option, rule, ['path', 'method', 'fault', 'rate', 'times', 'script']);
  if (rule.path !== undefined && typeof rule.path !== 'string' && !(rule.path instanceof RegExp))
    badOption(`${option}.path`, rule.path, 'a path suffix such as "/v1/chat/completions" or a RegExp');
  if (rule.method !== undefined && (typeof rule.method !== 'string' || rule.method === ''))
    badOption(`${option}.method`, rule.method, 'an HTTP method such as "POST"');
  if ((rule.fault === undefined) === (rule.script === undefined))
    throw new MockOptionsError(
      option,
      rule.fault === undefined ? 'has neither fault nor script' : 'has both fault and script',
      `one of them: ${shape}`,
    );
  if (rule.script !== undefined) {
    if (!Array.isArray(rule.script))
      badOption(`${option}.script`, rule.script, 'an array of faults and nulls');
    rule.script.forEach((step, index) => {
      if (step !== null) checkFault(`${option}.script[${index}]`, step);
    });
    if (rule.rate !== undefined || rule.times !== undefined)
      throw new MockOptionsError(
        option,
        'has a script with rate or times',
        'a script alone, or fault with rate and times',
      );
  } else checkFault(`${option}.fault`, rule.fault);
  numberAt(`${option}.rate`, rule.rate, (rate) => rate >= 0 && rate <= 1, 'a share from 0 to 1');
  numberAt(
    `${option}.times`,
    rule.times,
    (times) => times === Number.POSITIVE_INFINITY || wholeAtLeastZero(times),
    'a whole number ≥ 0 (or leave it out for no limit)',
  );
}
