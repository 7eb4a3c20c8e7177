import { deepFreeze } from '../data/deep-freeze.js';
import type { ErrorCodeInfo } from './error-code-schema.js';

const retryLater = { en: 'Retry the request later.', zh: '请稍后重试。' };
const fixParams = { en: 'Check the request parameters.', zh: '请检查请求参数。' };
const cli = 'MiniMax-AI/cli src/errors/api.ts';

/**
 * MiniMax's error codes. Source: https://platform.minimax.io/docs/api-reference/errorcode, plus the
 * codes its official clients handle (marked with `source`).
 */
export const errorCodes: readonly ErrorCodeInfo[] = /* @__PURE__ */ deepFreeze([
  { code: 1000, kind: 'server', retryable: true, status: 'unknown error', ...retryLater },
  { code: 1001, kind: 'server', retryable: true, status: 'request timeout', ...retryLater },
  {
    code: 1002,
    kind: 'rate-limit',
    retryable: true,
    status: 'rate limit',
    en: 'Requests per minute (RPM) exceeded. Slow down and retry after the window frees.',
    zh: '触发 RPM 限流，请降低请求频率，稍后重试。',
  },
  {
    code: 1004,
    kind: 'auth',
    retryable: false,
    status: 'not authorized / token not match group / cookie is missing, log in again',
    en: 'The API key is missing, wrong, or from the other region. Check the key and the region (api.minimax.io or api.minimaxi.com).',
    zh: 'API Key 缺失、错误或与区域不符。请检查 Key 与区域（api.minimaxi.com 或 api.minimax.io）。',
  },
  {
    code: 1008,
    kind: 'balance',
    retryable: false,
    status: 'insufficient balance',
    en: 'The account balance is used up. Recharge, or use a Token Plan key for covered models.',
    zh: '账户余额不足，请充值，或对套餐覆盖的模型使用 Token Plan Key。',
  },
  {
    code: 1013,
    kind: 'server',
    retryable: true,
    status: 'internal service error',
    source: 'file and video download pages',
    ...retryLater,
  },
  { code: 1024, kind: 'server', retryable: true, status: 'internal error', ...retryLater },
  {
    code: 1026,
    kind: 'content',
    retryable: false,
    direction: 'input',
    status: 'input new_sensitive',
    en: 'The input was flagged by content safety. Change the input.',
    zh: '输入内容触发内容安全审核，请修改输入。',
  },
  {
    code: 1027,
    kind: 'content',
    retryable: false,
    direction: 'output',
    status: 'output new_sensitive',
    en: 'The output was flagged by content safety. Change the input.',
    zh: '输出内容触发内容安全审核，请修改输入。',
  },
  {
    code: 1028,
    kind: 'quota',
    retryable: false,
    status: 'quota exhausted',
    en: "A Token Plan daily quota is used up. Wait for the next day's reset, use Credits or a pay-as-you-go key.",
    zh: 'Token Plan 每日额度已用完，请等待次日重置，或使用积分、按量计费 Key。',
    source: cli,
  },
  {
    code: 1030,
    kind: 'quota',
    retryable: false,
    status: 'quota exhausted',
    en: 'A Token Plan quota is used up. Wait for the reset, use Credits or a pay-as-you-go key.',
    zh: 'Token Plan 额度已用完，请等待重置，或使用积分、按量计费 Key。',
    source: cli,
  },
  { code: 1033, kind: 'server', retryable: true, status: 'system error / mysql failed', ...retryLater },
  {
    code: 1039,
    kind: 'rate-limit',
    retryable: true,
    status: 'token limit',
    en: 'Tokens per minute (TPM) exceeded. Send fewer tokens per minute and retry after the window frees.',
    zh: '触发 TPM 限流，请降低每分钟 token 用量，稍后重试。',
  },
  {
    code: 1041,
    kind: 'rate-limit',
    retryable: true,
    status: 'conn limit',
    en: 'Too many tasks running at once (CONN). Wait for a running task to finish.',
    zh: '并发任务数超限，请等待正在运行的任务完成。',
  },
  {
    code: 1042,
    kind: 'invalid-request',
    retryable: false,
    status: 'invisible character ratio limit',
    en: 'More than 10% of the text is invisible or illegal characters. Clean the input.',
    zh: '不可见字符比例超过 10%，请检查输入内容。',
  },
  {
    code: 1043,
    kind: 'invalid-request',
    retryable: false,
    status: 'The asr similarity check failed',
    en: 'Check file_id and text_validation.',
    zh: '请检查 file_id 与 text_validation。',
  },
  {
    code: 1044,
    kind: 'invalid-request',
    retryable: false,
    status: 'clone prompt similarity check failed',
    en: 'Check the clone prompt audio and its text.',
    zh: '请检查复刻示例音频及其文本。',
  },
  { code: 2013, kind: 'invalid-request', retryable: false, status: 'invalid params', ...fixParams },
  {
    code: 20132,
    kind: 'invalid-request',
    retryable: false,
    status: 'invalid samples or voice_id',
    en: 'Check file_id (voice cloning) or voice_id (speech).',
    zh: '请检查 file_id（音色复刻）或 voice_id（语音合成）。',
  },
  {
    code: 2037,
    kind: 'invalid-request',
    retryable: false,
    status: 'voice duration too short / voice duration too long',
    en: 'Use clone audio between 10 s and 5 min.',
    zh: '复刻音频时长需在 10 秒至 5 分钟之间。',
  },
  {
    code: 2038,
    kind: 'auth',
    retryable: false,
    status: 'real-name verification required',
    en: 'Complete real-name verification in the MiniMax console.',
    zh: '请在 MiniMax 控制台完成实名认证。',
    source: 'MiniMax-AI/MiniMax-MCP minimax_mcp/client.py',
  },
  {
    code: 2039,
    kind: 'invalid-request',
    retryable: false,
    status: 'voice clone voice id duplicate',
    en: 'Choose a voice_id that is not taken.',
    zh: 'voice_id 重复，请更换。',
  },
  {
    code: 2042,
    kind: 'auth',
    retryable: false,
    status: "You don't have access to this voice_id",
    en: 'Use a voice_id this account created or a system voice.',
    zh: '请使用本账号创建的音色或系统音色。',
  },
  {
    code: 2045,
    kind: 'rate-limit',
    retryable: true,
    status: 'rate growth limit',
    en: 'Requests grew too fast. Ramp up gradually.',
    zh: '请求量增长过快，请平稳增加请求。',
  },
  {
    code: 2048,
    kind: 'invalid-request',
    retryable: false,
    status: 'prompt audio too long',
    en: 'Use prompt audio shorter than 8 s.',
    zh: '示例音频需短于 8 秒。',
  },
  {
    code: 2049,
    kind: 'auth',
    retryable: false,
    status: 'invalid api key',
    en: 'The API key is invalid. Check it in the console.',
    zh: 'API Key 无效，请在控制台检查。',
  },
  {
    code: 2056,
    kind: 'quota',
    retryable: false,
    status: 'usage limit exceeded',
    en: 'The Token Plan window (5-hour or weekly) is used up. Wait for it to free, use Credits or a pay-as-you-go key.',
    zh: 'Token Plan 5 小时或每周额度已用完，请等待释放，或使用积分、按量计费 Key。',
  },
  {
    code: 2061,
    kind: 'quota',
    retryable: false,
    status: 'model not available on your current Token Plan',
    en: 'This model is not in your Token Plan. Upgrade the plan or use a pay-as-you-go key.',
    zh: '当前 Token Plan 不包含该模型，请升级套餐或使用按量计费 Key。',
    source: cli,
  },
]);

const byCode = new Map(errorCodes.map((info) => [info.code, info]));

/** What a MiniMax error code means, or `undefined` for a code MiniMax has not documented. */
export function errorCodeInfo(code: number | string): ErrorCodeInfo | undefined {
  return byCode.get(Number(code));
}
