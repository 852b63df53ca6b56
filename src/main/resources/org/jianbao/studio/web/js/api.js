// Talking to the studio's server: every call carries the session token in a header that pages of
// other sites cannot set; links and pictures are covered by the cookie set when the studio opened.

const token = document.querySelector('meta[name="jianbao-token"]').content;

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** A server address with its query, for fetch, <img src> and download links. */
export function url(path, query) {
  const q = query ? '?' + new URLSearchParams(query).toString() : '';
  return path + q;
}

/**
 * call('PUT', '/api/issue', {query: {id}, json: {...}, version: 'abc'}) → the parsed JSON answer.
 * A refusal becomes an ApiError with the server's message, in Chinese.
 */
export async function call(method, path, {query, json, body, version, headers = {}, keepalive = false} = {}) {
  const h = {'X-Jianbao-Token': token, ...headers};
  if (json !== undefined) {
    h['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  if (version) h['If-Match'] = '"' + version + '"';
  let res;
  try {
    res = await fetch(url(path, query), {method, headers: h, body, credentials: 'same-origin', cache: 'no-store', keepalive});
  } catch (e) {
    throw new ApiError(0, '连不上简报工作室：它可能已经关闭。请在终端里重新运行 jianbao studio，然后刷新本页。');
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    throw new ApiError(res.status, (data && data.error) || '操作没有完成（' + res.status + '）');
  }
  return data;
}
