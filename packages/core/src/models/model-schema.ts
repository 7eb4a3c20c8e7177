import type { infer as Infer } from 'zod/mini';
import { array, enum as enumOf, int, literal, minimum, optional, strictObject, string } from 'zod/mini';
import { regionSchema } from '../regions/region-schema.js';

/** What a model produces. */
export const modalitySchema = enumOf(['text', 'speech', 'video', 'image', 'music']);
export type Modality = Infer<typeof modalitySchema>;

/** One MiniMax model: its id, aliases, where it runs and how much context it takes. */
export const modelInfoSchema = strictObject({
  id: string(),
  modality: modalitySchema,
  regions: array(regionSchema),
  aliases: optional(array(string())),
  /** Input + output tokens the model accepts, where MiniMax documents it. */
  contextWindow: optional(int().check(minimum(1))),
  /** Request fields that, of its modality, only this model accepts (`last_frame_image`, `width` …). */
  exclusiveFields: optional(array(string())),
  /** A music model that remakes a given song (its lyrics are optional), rather than writing one. */
  cover: optional(literal(true)),
  /** Served only by the native `/v1/text/chatcompletion_v2` endpoint, not the compatible ones. */
  nativeOnly: optional(literal(true)),
  note: optional(string()),
});
export type ModelInfo = Infer<typeof modelInfoSchema>;
