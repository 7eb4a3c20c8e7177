import { estimateChatInputTokens, findModel, modelsOf, type Usage } from '@minimax-kit/core';
import type { Ctx } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { type GeneratedReply, generateReply } from '../text/generate-reply.js';
import { checkParams } from '../validate/check-params.js';
import { planAnswer } from './tools/plan-answer.js';

/** Text models served by the OpenAI- and Anthropic-compatible endpoints (not MiniMax-M1 / Text-01). */
const nativeOnly = new Set(modelsOf('text').flatMap((model) => (model.nativeOnly ? [model.id] : [])));

/** A tool call the answer makes; `arguments` is JSON text (cut short when `max_tokens` ran out). */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A chat request after validation, with its generated answer. */
export interface ChatTurn {
  model: string;
  inputTokens: number;
  /** `reply.text` is the call's arguments when `toolCall` is set. */
  reply: GeneratedReply;
  toolCall: ToolCall | undefined;
  /** Whether `reply.text` is a JSON document (`response_format`): thinking never goes inline then. */
  json: boolean;
  usage: Usage;
}

function lastUserText(messages: unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as { role?: unknown; content?: unknown };
    if (message?.role !== 'user') continue;
    if (typeof message.content === 'string') return message.content;
    if (Array.isArray(message.content)) {
      return message.content.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
    }
  }
  return '';
}

/** Validates a chat body as MiniMax does and writes the answer the model would give. */
export function chatTurn(
  ctx: Ctx,
  options: { native: boolean; anthropic?: boolean; requireMaxTokens?: boolean },
): ChatTurn {
  const { body } = ctx;
  let model: string;
  try {
    model = findModel(String(body.model), 'text').id;
  } catch {
    invalidParams(`unknown model '${String(body.model)}'`);
  }
  if (!options.native && nativeOnly.has(model))
    invalidParams(`model ${model} is only served by /v1/text/chatcompletion_v2`);
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    invalidParams('messages must be a non-empty array');
  checkParams(ctx);
  if (body.n !== undefined && body.n !== 1) invalidParams('n must be 1');
  const limit = body.max_completion_tokens ?? body.max_tokens;
  if (options.requireMaxTokens && limit === undefined) invalidParams('max_tokens is required');
  const maxTokens =
    checkParams({ ...ctx, body: { max_tokens: limit } })<number>('max_tokens') ??
    ctx.description.maxOutputTokens ??
    2048;
  const thinkingOff = (body.thinking as { type?: unknown } | undefined)?.type === 'disabled';
  const plan = planAnswer(body, ctx.random, options.anthropic === true);
  const json = plan.kind === 'json';
  // Inline `<think>` would break a JSON document, so JSON answers think only where the thinking has
  // a field of its own (reasoning_split, the native endpoint).
  const thinks = !thinkingOff && !(json && !options.native && body.reasoning_split !== true);
  const answer = plan.kind === 'tool' ? plan.arguments : plan.kind === 'text' ? undefined : plan.content;
  const reply = generateReply(lastUserText(body.messages), maxTokens, ctx.random, thinks, answer);
  const toolCall =
    plan.kind === 'tool'
      ? {
          id: options.anthropic ? `toolu_${ctx.random.hex(24)}` : `call_${ctx.random.hex(24)}`,
          name: plan.name,
          arguments: reply.text,
        }
      : undefined;
  const inputTokens = estimateChatInputTokens(body);
  return {
    model,
    inputTokens,
    reply,
    toolCall,
    json,
    usage: { kind: 'text', model, inputTokens, outputTokens: reply.outputTokens },
  };
}

/** The finish reason in OpenAI's words: `tool_calls` when the answer calls a tool and was not cut. */
export const finishReason = (turn: ChatTurn) =>
  turn.toolCall && turn.reply.finishReason === 'stop' ? 'tool_calls' : turn.reply.finishReason;

/** The unix-seconds timestamp MiniMax puts in `created`. */
export const created = (ctx: Ctx) => Math.floor(ctx.runtime.now() / 1000);
