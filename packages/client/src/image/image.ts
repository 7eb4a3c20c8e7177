import type { infer as Infer, input as Input } from 'zod/mini';
import {
  array,
  boolean,
  enum as enumOf,
  int,
  looseObject,
  minLength,
  number,
  optional,
  string,
  union,
} from 'zod/mini';
import type { CallOptions } from '../chat/chat.js';
import { callOptions } from '../config/check-call-options.js';
import { ValidationError } from '../errors/validation-error.js';
import { checkRequest } from '../transport/check-request.js';
import type { WithMeta } from '../transport/meta.js';
import type { Transport } from '../transport/transport.js';
import { optionalParam, paramSchema } from '../util/param-schema.js';

const path = '/v1/image_generation';

/** Parameters of image generation (`POST /v1/image_generation`). */
export const imageParamsSchema = looseObject({
  model: string().check(minLength(1, 'is required')),
  prompt: paramSchema<string>(path, 'prompt'),
  aspect_ratio: optionalParam<string>(path, 'aspect_ratio'),
  width: optionalParam<number>(path, 'width'),
  height: optionalParam<number>(path, 'height'),
  response_format: optional(enumOf(['url', 'base64'])),
  n: optionalParam<number>(path, 'n'),
  seed: optional(int()),
  prompt_optimizer: optional(boolean()),
  subject_reference: optional(array(looseObject({ type: string(), image_file: string() }))),
});
export type ImageParams = Input<typeof imageParamsSchema>;

const count = optional(union([number(), string()]));

/** Generated images: URLs (valid for 24 h) or base64. `failed_count` images were blocked by content safety. */
export const imageAnswerSchema = looseObject({
  id: optional(string()),
  data: looseObject({ image_urls: optional(array(string())), image_base64: optional(array(string())) }),
  metadata: optional(looseObject({ success_count: count, failed_count: count })),
});
export type ImageAnswer = Infer<typeof imageAnswerSchema>;

/** Image generation. */
export interface Images {
  /** Generates images (billable: never re-sent blindly). */
  generate(params: ImageParams, options?: CallOptions | null): Promise<WithMeta<ImageAnswer>>;
}

/** The image resource over a transport. */
export function createImages(transport: Transport): Images {
  return {
    async generate(params, given) {
      const options = callOptions(given);
      const json = checkRequest(imageParamsSchema, params);
      const sized = [json.width, json.height].filter((value) => value !== undefined).length;
      if (sized === 1)
        throw new ValidationError('request', [
          { path: json.width === undefined ? 'width' : 'height', message: 'width and height go together' },
        ]);
      if (sized === 2 && ((json.width ?? 0) % 8 !== 0 || (json.height ?? 0) % 8 !== 0)) {
        throw new ValidationError('request', [
          { path: 'width', message: 'width and height must be divisible by 8' },
        ]);
      }
      return transport.json(
        '/v1/image_generation',
        { method: 'POST', json, job: true, signal: options.signal, timeout: 180_000 },
        imageAnswerSchema,
      );
    },
  };
}
