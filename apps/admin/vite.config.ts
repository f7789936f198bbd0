import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The one place this app's build reads the environment. */
function readServerEnv() {
  const port = Number(process.env.PORT ?? 5174);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`admin: PORT must be a TCP port, got "${process.env.PORT}"`);
  }
  // Accept the gateway's origin or its full /graphql URL: the proxy appends the request path.
  const gatewayUrl = (process.env.GATEWAY_URL ?? 'http://localhost:4000').replace(/\/(graphql\/?)?$/, '');
  return { port, gatewayUrl };
}

const { port, gatewayUrl } = readServerEnv();

// The browser calls the relative `/graphql` on its own origin and the server forwards it to the
// gateway, so there is no CORS to configure and the same build works behind any reverse proxy.
const server = {
  host: '127.0.0.1',
  port,
  strictPort: true,
  proxy: { '/graphql': { target: gatewayUrl, changeOrigin: true } },
};

export default defineConfig({
  plugins: [react()],
  server,
  preview: server,
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
});
