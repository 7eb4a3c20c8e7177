import { errorCodeInfo, errorCodes } from '@minimax-kit/core';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../packages/mock/src/http/error-response.js';
import { MockApiError } from '../../../packages/mock/src/http/mock-api-error.js';
import { mockErrorCodes } from './mock-error-codes.js';

const answered = mockErrorCodes();
const codes = [...new Set(answered.map(({ code }) => code))];

describe('error codes: the mock answers only codes core knows, with core’s HTTP status', () => {
  it('finds the codes the mock answers in its sources', () => {
    expect(codes).toEqual(expect.arrayContaining([1002, 1004, 1008, 2013]));
  });

  it('every code the mock answers is in core’s table', () => {
    expect(answered.filter(({ code }) => errorCodeInfo(code) === undefined)).toEqual([]);
  });

  it.each(errorCodes.map((info) => [info.code, info.httpStatus] as const))(
    '%i: HTTP %i on the compatible endpoints, 200 + base_resp on native ones',
    async (code, status) => {
      const compatible = errorResponse('openai', new MockApiError(code), 'trace', 'request');
      expect(compatible.status).toBe(status);
      const body = (await compatible.json()) as { error: { http_code: string; message: string } };
      expect(body.error.http_code).toBe(String(status));
      expect(body.error.message).toMatch(new RegExp(`\\(${code}\\)$`));
      const native = errorResponse('native', new MockApiError(code), 'trace', 'request');
      expect(native.status).toBe(200);
      expect(await native.json()).toMatchObject({ base_resp: { status_code: code } });
    },
  );
});
