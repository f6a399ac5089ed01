/**
 * `npm start`: the whole product on one machine, no Atlassian site needed. Serves the
 * Confluence-like site, the sandbox REST API and the app's Custom UI at
 * http://localhost:${PORT:-3000}/ with data kept in $KT_SANDBOX_DIR (default .sandbox/).
 */
import { startLocalSite } from './site/local-site';
import { SITE_USERS } from './site/users';

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got '${process.env.PORT}'`);
  const site = await startLocalSite({ port, host: process.env.HOST });
  const lines = [
    '',
    `  KT Handover is running at ${site.url}/`,
    '',
    `  Open the demo KT page: ${site.url}/wiki/spaces/DEMO/pages/${site.demo.ktPage.id}  (it holds the macro)`,
    `  Handovers report:      ${site.url}/wiki/apps/kt-handover/handovers`,
    `  Switch user in the top bar: ${SITE_USERS.map((u) => `${u.displayName} (${u.role})`).join(', ')}.`,
    `  Data: ${process.env.KT_SANDBOX_DIR ?? '.sandbox/'}. Stop with Ctrl+C.`,
    '',
  ];
  console.log(lines.join('\n'));
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void site.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: NodeJS.ErrnoException) => {
  if (e.code === 'EADDRINUSE') console.error(`Port ${process.env.PORT ?? 3000} is in use: start with another one, e.g. PORT=3001 npm start`);
  else console.error(e);
  process.exit(1);
});
