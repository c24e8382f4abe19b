// Browser side of a room upload. The server first checks membership and the quota for
// the file's size, then says how to send it: straight to the bucket with a presigned PUT
// (S3 storage, then a "complete" call), or as multipart to the app (local disk, Blob).
import { api } from '@/lib/api-client';

type Start = { mode: 'proxy' } | { mode: 'direct'; pendingId: string; method: 'PUT'; url: string; headers: Record<string, string> };

/** XHR because fetch cannot report upload progress. Resolves with the parsed JSON of a 2xx. */
function send<T>(method: string, url: string, body: XMLHttpRequestBodyInit, headers: Record<string, string>, onProgress: (percent: number) => void) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let parsed: { error?: { message?: string } } & Record<string, unknown> = {};
      try { parsed = JSON.parse(xhr.responseText); } catch { /* not JSON (a bucket answers XML or nothing) */ }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(new Error(parsed.error?.message ?? ''));
    };
    xhr.onerror = () => reject(new Error(''));
    xhr.send(body);
  });
}

export async function uploadRoomFile(roomId: string, file: File, onProgress: (percent: number) => void): Promise<{ uploadId: string }> {
  const start = await api<Start>(`/api/rooms/${roomId}/uploads/direct`, { json: { fileName: file.name || 'file', size: file.size } });
  if (start.mode === 'direct') {
    await send(start.method, start.url, file, start.headers, onProgress);
    return api<{ uploadId: string }>(`/api/rooms/${roomId}/uploads/direct/${start.pendingId}/complete`, { method: 'POST' });
  }
  const form = new FormData();
  form.append('file', file);
  const done = await send<{ uploadId?: string }>('POST', `/api/rooms/${roomId}/uploads`, form, {}, onProgress);
  if (!done.uploadId) throw new Error('');
  return { uploadId: done.uploadId };
}
