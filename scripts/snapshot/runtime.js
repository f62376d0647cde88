// Helpers for modules evaluated into Mandate's start-up snapshot (see bundle.ts). The snapshot
// is a heap saved at build time; whatever a module reads from its surroundings while it loads
// (environment, terminal, working directory) is the build's, so such values are read again
// when the snapshot starts.
import { startupSnapshot } from 'node:v8';

/** Runs `fn` when the program starts from the snapshot, before the command runs. */
export function onSnapshotStart(fn) {
  if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.addDeserializeCallback(fn);
}

/**
 * An Intl.Segmenter made on first use. V8 cannot save ICU objects in a snapshot (the build
 * aborts), and a segmenter made at build time would also carry the build's locale.
 */
export function lazySegmenter(...args) {
  let real;
  // One made while building (by a warm-up) is dropped before the heap is saved.
  if (startupSnapshot.isBuildingSnapshot())
    startupSnapshot.addSerializeCallback(() => {
      real = undefined;
    });
  const get = () => {
    real ??= new Intl.Segmenter(...args);
    return real;
  };
  return {
    segment: (text) => get().segment(text),
    resolvedOptions: () => get().resolvedOptions(),
  };
}
