/**
 * What the snapshot is built from: the program's own snapshot entry (src/cli/snapshot.ts: the
 * modules and the parsed story), then the warm-up render (build-time only, so it lives here).
 */
import '../../src/cli/snapshot.js';
import { warmUpRender } from './warm-up.js';

warmUpRender();
