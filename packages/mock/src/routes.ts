import type { Handler } from './context.js';
import { queryBalance } from './handlers/account.js';
import { anthropicMessages } from './handlers/chat-anthropic.js';
import { nativeChat, openaiChat } from './handlers/chat-completions.js';
import { deleteFile, fileContent, listFiles, retrieveFile, uploadFile } from './handlers/files.js';
import { generateImage } from './handlers/image.js';
import { generateLyrics, generateMusic } from './handlers/music.js';
import { preprocessCover } from './handlers/music-cover.js';
import { describeImage, search, tokenPlanRemains } from './handlers/plan.js';
import { speech } from './handlers/speech.js';
import { createSpeechTask, querySpeechTask } from './handlers/speech-async.js';
import { createVideo, queryVideo } from './handlers/video.js';
import { cloneVoice, designVoice, listVoices } from './handlers/voices.js';
import type { Surface } from './http/respond.js';

/** One endpoint the mock serves. */
export interface Route {
  surface: Surface;
  handler: Handler;
}

const native = (handler: Handler): Route => ({ surface: 'native', handler });

/** Every endpoint, by `METHOD /path`. */
export const routes = new Map<string, Route>([
  ['POST /v1/chat/completions', { surface: 'openai', handler: openaiChat }],
  ['POST /anthropic/v1/messages', { surface: 'anthropic', handler: anthropicMessages }],
  ['POST /v1/text/chatcompletion_v2', native(nativeChat)],
  ['POST /v1/t2a_v2', native(speech)],
  ['POST /v1/t2a_async_v2', native(createSpeechTask)],
  ['GET /v1/query/t2a_async_query_v2', native(querySpeechTask)],
  ['POST /v1/get_voice', native(listVoices)],
  ['POST /v1/voice_clone', native(cloneVoice)],
  ['POST /v1/voice_design', native(designVoice)],
  ['POST /v1/files/upload', native(uploadFile)],
  ['GET /v1/files/retrieve', native(retrieveFile)],
  ['GET /v1/files/retrieve_content', native(fileContent)],
  ['GET /v1/files/list', native(listFiles)],
  ['POST /v1/files/delete', native(deleteFile)],
  ['POST /v1/video_generation', native(createVideo)],
  ['GET /v1/query/video_generation', native(queryVideo)],
  ['POST /v1/image_generation', native(generateImage)],
  ['POST /v1/music_generation', native(generateMusic)],
  ['POST /v1/lyrics_generation', native(generateLyrics)],
  ['GET /v1/token_plan/remains', native(tokenPlanRemains)],
  ['GET /v1/coding_plan/remains', native(tokenPlanRemains)],
  ['GET /v1/api/openplatform/coding_plan/remains', native(tokenPlanRemains)],
  ['POST /v1/coding_plan/vlm', native(describeImage)],
  ['POST /v1/coding_plan/search', native(search)],
  ['POST /v1/music_cover_preprocess', native(preprocessCover)],
  ['GET /account/query_balance', native(queryBalance)],
]);
