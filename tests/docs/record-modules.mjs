// Preloaded with --import: records the URL of every module the process loads, one a line, in
// the file named by MANDATE_MODULE_LOG (module hooks run on their own thread, so they write
// the file themselves). Used by tests/docs/modules-loaded.test.ts.
import { register } from 'node:module';

register(new URL('./record-modules-hooks.mjs', import.meta.url));
