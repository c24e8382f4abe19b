// An offline web push service for tests (the `web-push-testing` package): it hands
// out subscriptions for a VAPID key, decrypts what is pushed to them, and can expire
// one (then answers 410). Runs in this process, bound to 127.0.0.1 only — the
// package's own CLI listens on every interface and writes state files.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function startPushMock({ port }) {
  const TestingServer = require('web-push-testing/src/server.js');
  const { PushApiModel } = require('web-push-testing/src/PushApiModel.js');
  const model = new PushApiModel();
  const server = new TestingServer(model, port);
  const url = `http://127.0.0.1:${port}`;
  // Endpoints it hands out must point at the address we bind ("localhost" may be ::1).
  model.notifyUrl = `${url}/notify/`;
  server.setRequestHandlers();
  const http = await new Promise((resolve, reject) => {
    const s = server._app.listen(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  return {
    url,
    port,
    stop: () => new Promise((resolve) => {
      http.closeAllConnections?.();
      http.close(() => resolve());
    }),
  };
}
