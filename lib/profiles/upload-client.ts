// fetch() cannot report upload progress; XMLHttpRequest can. Errors arrive as the
// same ApiError that lib/api-client throws.
import { ApiError } from '@/lib/api-client';

export function uploadWithProgress<T>(url: string, field: string, file: File, onProgress: (fraction: number) => void, method = 'PUT'): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null;
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const e = body?.error ?? {};
      reject(new ApiError(xhr.status, e.code ?? 'internal', e.message ?? '', e.details));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    const form = new FormData();
    form.append(field, file);
    xhr.send(form);
  });
}
