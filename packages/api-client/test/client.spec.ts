import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiErrorCode, createApiClient, describeApiError } from '../src';

let server: Server;
let baseUrl: string;
const seenAuthorization: (string | undefined)[] = [];

beforeAll(async () => {
  // A tiny HTTP server standing in for the network: it answers like the API does.
  server = createServer((request, response) => {
    seenAuthorization.push(request.headers.authorization);
    response.setHeader('Content-Type', 'application/json');
    if (request.url === '/api/me') {
      response.statusCode = request.headers.authorization ? 200 : 401;
      response.end(
        JSON.stringify(
          request.headers.authorization ? { id: 1, username: 'admin' } : { message: '请先登录' },
        ),
      );
    } else if (request.url === '/api/reports/7' && request.method === 'PUT') {
      response.statusCode = 409;
      response.end(
        JSON.stringify({
          code: 'VERSION_CONFLICT',
          message: '报告已被他人修改（当前第 3 版），请刷新后再保存',
        }),
      );
    } else {
      response.statusCode = 500;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('every request carries the current access token', async () => {
  let token = 'first';
  const client = createApiClient({ baseUrl, getAccessToken: () => token });
  await client.GET('/api/me');
  token = 'refreshed';
  const { data } = await client.GET('/api/me');
  expect(seenAuthorization.slice(-2)).toEqual(['Bearer first', 'Bearer refreshed']);
  expect(data?.username).toBe('admin');
});

test('a 401 ends the session through the callback', async () => {
  const onUnauthorized = jest.fn();
  const client = createApiClient({ baseUrl, getAccessToken: () => null, onUnauthorized });
  const { error, response } = await client.GET('/api/me');
  expect(response.status).toBe(401);
  expect(onUnauthorized).toHaveBeenCalledTimes(1);
  expect(describeApiError(error, response.status)).toBe('请先登录');
});

test('a version conflict keeps the API’s code and Chinese message', async () => {
  const client = createApiClient({ baseUrl, getAccessToken: () => 't' });
  const { error, response } = await client.PUT('/api/reports/{id}', {
    params: { path: { id: 7 } },
    body: { version: 2, values: {}, explanations: {} },
  });
  expect(response.status).toBe(409);
  expect(apiErrorCode(error)).toBe('VERSION_CONFLICT');
  expect(describeApiError(error, response.status)).toContain('请刷新后再保存');
});

test('without a message the status explains the failure, and an unreachable server says so', async () => {
  expect(describeApiError({}, 500)).toBe('服务器暂时无法处理请求，请稍后再试');
  expect(describeApiError({}, 403)).toBe('没有权限进行此操作');
  expect(describeApiError(new TypeError('fetch failed'))).toBe('无法连接服务器，请检查网络后重试');
});
