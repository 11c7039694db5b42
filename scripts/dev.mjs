// `npm run dev`: the API (restarted on change by tsx) on the embedded database, and Vite's dev
// server for the web app, which proxies /api to it. Ctrl-C stops both cleanly.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/src/main.ts'], { stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', 'web'], { stdio: 'inherit' }),
];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
}
await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
