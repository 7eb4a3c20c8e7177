import { describe, expect, it } from 'vitest';
import { harness } from '../__fixtures__/harness.js';

async function uploadedLink() {
  const h = harness();
  const form = new FormData();
  form.set('purpose', 'voice_clone');
  form.set('file', new Blob([new Uint8Array(16).fill(3)], { type: 'audio/mpeg' }), 'a.mp3');
  const uploaded = await h.mock.fetch(`${h.base}/v1/files/upload`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-api-mock' },
    body: form,
  });
  const id = (await uploaded.json()).file.file_id;
  const link: string = (await h.call('GET', `/v1/files/retrieve?file_id=${id}`)).json.file.download_url;
  return { ...h, id, link };
}

describe('download links', () => {
  it('work without a key while they are valid, like signed object-store URLs', async () => {
    const { mock, link } = await uploadedLink();
    const response = await mock.fetch(link);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(16).fill(3));
  });

  it('refuse a bare path, a forged signature, a stretched expiry and another mock’s link', async () => {
    const { mock, base, id, link } = await uploadedLink();
    expect((await mock.fetch(`${base}/_mock/files/${id}`)).status).toBe(403);
    expect((await mock.fetch(link.replace(/Signature=\w/, 'Signature=0'))).status).toBe(403);
    expect((await mock.fetch(link.replace(/Expires=\d+/, 'Expires=9999999999'))).status).toBe(403);
    expect((await harness().mock.fetch(link)).status).toBe(404);
  });

  it('expire after nine hours on the mock’s clock', async () => {
    const { mock, link, clock } = await uploadedLink();
    clock.advance(9 * 3600 * 1000 - 1000);
    expect((await mock.fetch(link)).status).toBe(200);
    clock.advance(2000);
    expect((await mock.fetch(link)).status).toBe(403);
  });
});
