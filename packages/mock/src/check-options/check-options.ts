import { badOption } from '../http/mock-options-error.js';
import type { MockOptions } from '../options.js';
import { checkFaultRule } from './check-fault-rule.js';
import { checkKeys } from './check-keys.js';
import { atLeastZero, choiceAt, ms, numberAt, onlyFields, recordAt } from './fields.js';

function checkLimits(value: unknown): void {
  const limits = recordAt('limits', value, 'limits by scope, e.g. { "text:MiniMax-M2": { rpm: 20 } }');
  for (const [scope, row] of Object.entries(limits ?? {})) {
    const option = `limits.${scope}`;
    const checked =
      recordAt(option, row, '{ rpm?, tpm?, conn? }') ?? badOption(option, row, '{ rpm?, tpm?, conn? }');
    onlyFields(option, checked, ['rpm', 'tpm', 'conn']);
    for (const field of ['rpm', 'tpm', 'conn'])
      numberAt(
        `${option}.${field}`,
        checked[field],
        atLeastZero,
        'a number ≥ 0 (or leave it out for no limit)',
      );
  }
}

function checkDurations(value: unknown): void {
  const durations = recordAt('durations', value, '{ video?, speechAsync?, music? } in milliseconds');
  if (!durations) return;
  onlyFields('durations', durations, ['video', 'speechAsync', 'music']);
  const video = recordAt(
    'durations.video',
    durations.video,
    '{ preparing?, queueing?, processing? }, each phase in milliseconds',
  );
  if (video) onlyFields('durations.video', video, ['preparing', 'queueing', 'processing']);
  for (const phase of ['preparing', 'queueing', 'processing'])
    numberAt(`durations.video.${phase}`, video?.[phase], atLeastZero, ms);
  numberAt('durations.speechAsync', durations.speechAsync, atLeastZero, ms);
  numberAt('durations.music', durations.music, atLeastZero, ms);
}

function checkFunction(option: string, value: unknown, expected: string): void {
  if (value !== undefined && typeof value !== 'function') badOption(option, value, expected);
}

/**
 * Checks `createMockMiniMax`'s options, throwing `MockOptionsError` for any the mock would
 * misread or silently ignore (a negative limit, a NaN seed, a rate above 1, an unknown region).
 */
export function checkOptions(options: unknown): asserts options is MockOptions {
  const given = recordAt('options', options, 'an object such as { region: "cn" }') ?? {};
  checkKeys(given.region, given.keys);
  choiceAt('tier', given.tier, ['free', 'paid']);
  checkLimits(given.limits);
  checkFunction('now', given.now, 'a function returning epoch milliseconds, such as () => clock.t');
  if (typeof given.now === 'function' && !Number.isFinite(given.now()))
    badOption('now()', given.now(), 'a clock that returns epoch milliseconds');
  checkFunction('sleep', given.sleep, 'a function (ms, signal?) => Promise<void>');
  numberAt('seed', given.seed, Number.isSafeInteger, 'a whole number such as 7');
  checkDurations(given.durations);
  numberAt('streamIntervalMs', given.streamIntervalMs, atLeastZero, ms);
  numberAt('taskFailureRate', given.taskFailureRate, (rate) => rate >= 0 && rate <= 1, 'a share from 0 to 1');
  if (given.bigIds !== undefined && typeof given.bigIds !== 'boolean')
    badOption('bigIds', given.bigIds, 'true or false');
  numberAt('maxBodyBytes', given.maxBodyBytes, (bytes) => bytes > 0, 'a number of bytes > 0');
  choiceAt('remainsShape', given.remainsShape, ['counts', 'percentages']);
  if (given.faults === undefined) return;
  if (!Array.isArray(given.faults)) badOption('faults', given.faults, 'an array of fault rules');
  for (const [index, rule] of given.faults.entries()) checkFaultRule(`faults[${index}]`, rule);
}
