/**
 * Entry point of the V8 start-up snapshot (dist/mandate.blob, built by `npm run build`; see
 * scripts/snapshot/). At build time this loads React, Ink and the game's screens and parses the
 * built-in story; V8 saves that heap, and bin/mandate starts Node from it, so the first frame
 * pays for none of it. At start Node runs the function below instead of a script. Only modules
 * that read nothing from their surroundings while they load may be imported statically here:
 * scripts/snapshot/bundle.ts checks the list.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startupSnapshot } from 'node:v8';
import '../ui/run.js';
import { storyHash } from '../engine/log.js';
import { BUILT_IN_SCENARIOS } from '../engine/scenario.js';
import { GameSession } from '../engine/session.js';
import { runMain } from './main.js';
import { builtInStorySource } from './story-source.js';

// Node 20 leaves console.Console unset in a process started from a snapshot, and Ink's console
// patch constructs one; keep the class to put it back.
const { Console } = console;

// Parse the story, hash it (every save records the hash), and play its opening once, so that
// its externals are validated: none of it is left for the first game.
const source = builtInStorySource();
storyHash(source.json);
if (source.parsed) {
  GameSession.start({ storyJson: source.parsed(), role: 'nato', seed: 0, scenario: BUILT_IN_SCENARIOS.short });
}

startupSnapshot.setDeserializeMainFunction(() => {
  console.Console ??= Console;
  // bin/mandate runs `node --snapshot-blob DIST/mandate.blob DIST ARGS…`: DIST is where the
  // program is now (the build may have been elsewhere), for the files it finds beside itself.
  const [dist = '.', ...args] = process.argv.slice(1);
  (globalThis as { __mandateModuleUrl?: string }).__mandateModuleUrl = pathToFileURL(join(dist, 'mandate.cjs')).href;
  runMain(args);
});
