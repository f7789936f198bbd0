/**
 * GraphiQL for developers, served from our own node_modules: government networks are often
 * offline or block CDNs, so the page loads nothing from outside the gateway.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Motcua API · GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
    <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="/graphiql/assets/react.js"></script>
    <script src="/graphiql/assets/react-dom.js"></script>
    <script src="/graphiql/assets/graphiql.js"></script>
    <script src="/graphiql/assets/start.js"></script>
  </body>
</html>`;

const START = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = '# Motcua public API\\nquery FirstProcedures {\\n  procedures(first: 5, search: "giay phep") {\\n    totalCount\\n    edges { cursor node { id code name } }\\n    pageInfo { hasNextPage endCursor }\\n  }\\n}\\n';
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));`;

export function graphiqlRouter(): Router {
  const router = express.Router();
  const assets: Record<string, string> = {
    'react.js': join(packageDir('react'), 'umd/react.production.min.js'),
    'react-dom.js': join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    'graphiql.js': join(packageDir('graphiql'), 'dist/index.umd.js'),
    'graphiql.css': join(packageDir('graphiql'), 'dist/style.css'),
  };
  router.get('/', (_req, res) => void res.type('html').send(PAGE));
  router.get('/assets/start.js', (_req, res) => void res.type('application/javascript').send(START));
  router.get('/assets/:file', (req, res) => {
    const path = assets[req.params.file];
    if (!path) return void res.sendStatus(404);
    // pnpm keeps packages under node_modules/.pnpm, a dot-folder that send() refuses by default.
    res.sendFile(path, { maxAge: '1d', dotfiles: 'allow' });
  });
  return router;
}
