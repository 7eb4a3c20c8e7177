import { findModel } from '@minimax-kit/core';
import type { Handler } from '../context.js';
import { invalidParams } from '../http/mock-api-error.js';
import { jsonResponse } from '../http/respond.js';
import { png } from '../media/png.js';
import { toBase64 } from '../util/bytes.js';
import { numberField, oneOf, stringField } from '../util/fields.js';
import { checkParams } from '../validate/check-params.js';
import { exclusiveField } from '../validate/exclusive-field.js';
import { storeFile } from './files.js';

const ok = { status_code: 0, status_msg: 'success' };

/** Pixel sizes of MiniMax's aspect ratios. */
export const aspectRatios: Record<string, [number, number]> = {
  '1:1': [1024, 1024],
  '16:9': [1280, 720],
  '4:3': [1152, 864],
  '3:2': [1248, 832],
  '2:3': [832, 1248],
  '3:4': [864, 1152],
  '9:16': [720, 1280],
  '21:9': [1344, 576],
};

/** `POST /v1/image_generation`: `n` PNGs of the requested size, as URLs or base64. */
export const generateImage: Handler = (ctx) => {
  const { body } = ctx;
  let model: string;
  try {
    model = findModel(String(body.model), 'image').id;
  } catch {
    invalidParams(`unknown model '${String(body.model)}'`);
  }
  const param = checkParams(ctx);
  stringField(body, 'prompt', { required: true });
  const n = param<number>('n');
  const format = oneOf(body, 'response_format', ['url', 'base64'], 'url');
  let [width, height] = aspectRatios[param<string>('aspect_ratio') ?? '1:1'] as [number, number];
  if (body.aspect_ratio === undefined && (body.width !== undefined || body.height !== undefined)) {
    exclusiveField(model, 'image', 'width');
    const size = (field: string) => numberField(body, field, { required: true }) as number;
    [width, height] = [size('width'), size('height')];
    if (width % 8 !== 0 || height % 8 !== 0) invalidParams('width and height must be divisible by 8');
  }
  return {
    tokens: n,
    usage: { kind: 'image', model, count: n },
    async respond(release) {
      release();
      const images = await Promise.all(Array.from({ length: n }, () => png(width, height, ctx.random)));
      const data =
        format === 'base64'
          ? { image_base64: images.map(toBase64) }
          : {
              image_urls: images.map((bytes) =>
                ctx.runtime.downloadUrl(
                  ctx.url.origin,
                  storeFile(ctx, bytes, 'image.png', 'image_generation', 'image/png').id,
                ),
              ),
            };
      return jsonResponse(
        { id: ctx.traceId, data, metadata: { success_count: String(n), failed_count: '0' }, base_resp: ok },
        ctx.traceId,
      );
    },
  };
};
