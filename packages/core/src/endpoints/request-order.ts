import { stringArgument, urlArgument } from '../errors/check-argument.js';
import { describeValue } from '../errors/describe-value.js';
import { InvalidUsageError } from '../errors/invalid-usage-error.js';
import { UnsupportedEndpointError } from '../errors/unsupported-endpoint-error.js';
import { findModel } from '../models/find-model.js';
import type { Modality } from '../models/model-schema.js';
import { requestParam } from '../params/request-params.js';
import { type Region, regionOfUrl } from '../regions/regions.js';
import { billingCharacters } from '../text/billing-characters.js';
import { wholeCount } from '../usage/count.js';
import type { Usage, VideoResolution } from '../usage/usage.js';
import type { Api } from './api.js';
import { defaultMaxOutputTokens, estimateChatInputTokens } from './chat-tokens.js';
import { endpoints, findEndpoint } from './endpoints.js';

const videoDefault = (field: string) => {
  const rule = requestParam('/v1/video_generation', field);
  return 'default' in rule ? rule.default : undefined;
};

/** The work one MiniMax HTTP request orders: which API, model and scope, and what it uses. */
export interface RequestOrder {
  api: Api;
  operation: string;
  /** The endpoint path, without host or proxy prefix. */
  path: string;
  region?: Region;
  /** The model, by its canonical id when minimax-kit knows it. */
  model?: string;
  /** The rate-limit scope it counts against (`text:MiniMax-M2`, `t2a`, `video` …); none for unlimited endpoints. */
  scope?: string;
  /** TPM units to reserve: input estimate + max output tokens (text), billing characters (speech), images. */
  tokens: number;
  maxOutputTokens?: number;
  /** Starts billable work that must never be re-sent blindly. */
  createsJob: boolean;
  /** Holds a concurrent task slot until the task ends. */
  holdsSlot: boolean;
  stream: boolean;
  /** The work it orders, for `estimateCost` (text output at its maximum). */
  usage?: Usage;
  /** The task a status query asks about. */
  taskId?: string;
  /** Why a billable request has no `usage`: what it uses is known only once it has run. Never priced as 0. */
  unpriced?: string;
}

type Body = Record<string, unknown>;

function parseBody(body: unknown): Body {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Body;
    } catch {
      // fall through to the error below
    }
    throw new InvalidUsageError('body', 'is not a JSON object');
  }
  if (typeof body === 'object' && !Array.isArray(body) && Object.getPrototypeOf(body) === Object.prototype) {
    return body as Body;
  }
  return {}; // FormData, streams and bytes carry no fields the description needs
}

function requireModel(body: Body): string {
  if (typeof body.model !== 'string' || body.model === '') {
    throw new InvalidUsageError('body.model', 'is missing; every generation request names its model');
  }
  return body.model;
}

function canonical(model: string, modality: Modality): string {
  try {
    return findModel(model, modality).id;
  } catch {
    return model; // a model newer than this release: describe it, let MiniMax judge it
  }
}

function nonNegativeInt(value: unknown, field: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidUsageError(field, `is ${describeValue(value)}; it must be ${wholeCount}`);
  }
  return value;
}

/**
 * The work a MiniMax HTTP request orders — API, model, scope, usage — from its method, URL (any host
 * or proxy prefix) and body (JSON text or object), without what it means for a Token Plan.
 */
export function requestOrder(method: string, url: string | URL, body?: unknown): RequestOrder {
  stringArgument(method, 'method', 'pass an HTTP method such as "POST"');
  const given = urlArgument(url, 'url');
  const target = typeof given === 'string' ? new URL(given, 'http://localhost') : given;
  const endpoint = findEndpoint(method, target.pathname);
  if (!endpoint) {
    throw new UnsupportedEndpointError(
      method.toUpperCase(),
      target.pathname,
      endpoints.map((e) => `${e.method} ${e.path}`),
    );
  }
  const fields = endpoint.method === 'POST' ? parseBody(body) : {};
  const region = regionOfUrl(target);
  const description: RequestOrder = {
    api: endpoint.api,
    operation: endpoint.operation,
    path: endpoint.path,
    ...(region ? { region } : {}),
    tokens: 0,
    createsJob: endpoint.createsJob === true,
    holdsSlot: endpoint.holdsSlot === true,
    stream: fields.stream === true,
  };
  const taskId = target.searchParams.get('task_id');
  if (taskId) description.taskId = taskId;
  const order = (usage: Usage | undefined, extra: Partial<RequestOrder> = {}) =>
    Object.assign(description, extra, usage ? { usage } : {});

  switch (`${endpoint.api} ${endpoint.operation}`) {
    case 'chat native':
    case 'chat openai':
    case 'chat anthropic': {
      const model = canonical(requireModel(fields), 'text');
      const inputTokens = estimateChatInputTokens(fields);
      const limit = fields.max_completion_tokens ?? fields.max_tokens;
      const maxOutputTokens = nonNegativeInt(limit, 'body.max_tokens', defaultMaxOutputTokens);
      const usage: Usage = { kind: 'text', model, inputTokens, outputTokens: maxOutputTokens };
      return order(usage, {
        model,
        scope: `text:${model}`,
        tokens: inputTokens + maxOutputTokens,
        maxOutputTokens,
      });
    }
    case 't2a create':
    case 't2a-async create': {
      const model = canonical(requireModel(fields), 'speech');
      const mode = endpoint.api === 't2a' ? 'sync' : 'async';
      if (typeof fields.text !== 'string') {
        if (mode === 'sync') throw new InvalidUsageError('body.text', 'is missing');
        // The file's characters are billed, and known only once the task has read it.
        return order(undefined, {
          model,
          unpriced: 'speech from text_file_id: its billing characters are known only once the task has run',
        });
      }
      const characters = billingCharacters(fields.text);
      const usage: Usage = { kind: 'speech', model, mode, characters };
      return order(usage, { model, ...(mode === 'sync' ? { scope: 't2a' } : {}), tokens: characters });
    }
    case 'voice-clone create':
    case 'voice-design create': {
      const operation = endpoint.api === 'voice-clone' ? 'clone' : 'design';
      const preview = operation === 'clone' ? fields.text : fields.preview_text;
      const usage: Usage = {
        kind: 'voice',
        operation,
        ...(typeof preview === 'string' ? { previewText: preview } : {}),
        ...(operation === 'clone' && typeof fields.model === 'string' ? { previewModel: fields.model } : {}),
      };
      return order(usage, { scope: endpoint.api });
    }
    case 'video create': {
      const model = canonical(requireModel(fields), 'video');
      const usage: Usage = {
        kind: 'video',
        model,
        mode: fields.first_frame_image ? 'image-to-video' : 'text-to-video',
        resolution: (typeof fields.resolution === 'string'
          ? fields.resolution
          : videoDefault('resolution')) as VideoResolution,
        durationSeconds: nonNegativeInt(fields.duration, 'body.duration', Number(videoDefault('duration'))),
      };
      return order(usage, { model, scope: 'video' });
    }
    case 'image create': {
      const model = canonical(requireModel(fields), 'image');
      const count = nonNegativeInt(fields.n, 'body.n', 1);
      return order({ kind: 'image', model, count }, { model, scope: 'image', tokens: count });
    }
    case 'music create': {
      const model = canonical(requireModel(fields), 'music');
      return order({ kind: 'music', model, count: 1 }, { model, scope: 'music' });
    }
    case 'lyrics create':
      return order({ kind: 'lyrics', count: 1 });
    case 'vlm create':
      return order({ kind: 'vlm', count: 1 });
    case 'search create':
      return order(undefined);
    default:
      return description; // queries, files, voice lists, quota: free and unlimited
  }
}
