// `npm start`: builds the mini program and says how to open it. (The browser preview replaces this.)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib.mjs';

execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
console.log(`
OA Navigator is built in ${path.join(ROOT, 'dist')}.
Open it in WeChat DevTools: Import project -> choose ${ROOT}
(project.config.json points DevTools at dist/; AppID "touristappid" works for a local preview).
Rebuild with \`npm run build\` after changing the sources.`);
