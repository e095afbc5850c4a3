// Runs after npm install/ci: the "npm build" DevTools would do, and the compiler exec bits.
import { SRC, copyVant, makeCompilersExecutable } from './lib.mjs';

copyVant(SRC);
makeCompilersExecutable();
console.log('postinstall: @vant/weapp lib copied to miniprogram/miniprogram_npm; wcc/wcsc executable');
