import { type Region, regionOfUrl } from '@minimax-kit/core';

/**
 * The region a request is made in: the host's when it is one of MiniMax's (api.minimaxi.com is
 * `cn`, api.minimax.io `global`), the mock's own for any other host (its server, a chosen base URL).
 */
export function requestRegion(url: URL, mockRegion: Region): Region {
  return regionOfUrl(url) ?? mockRegion;
}
