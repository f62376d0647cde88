// yoga-layout (Ink's layout engine) for the start-up snapshot. The package's entry instantiates
// its WebAssembly with top-level await, which a CommonJS bundle cannot hold, and V8 cannot save
// WebAssembly in a snapshot at all. This runs the same Emscripten glue synchronously, once the
// snapshot has started (or at load, outside a snapshot build), into the object Ink imported.

// The glue's inline binary, extracted at bundle time (see bundle.ts).
import { WASM_BASE64 } from 'mandate-snapshot:yoga-wasm';
import { startupSnapshot } from 'node:v8';
import loadYoga from '../../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from '../../node_modules/yoga-layout/dist/src/wrapAssembly.js';

export * from '../../node_modules/yoga-layout/dist/src/generated/YGEnums.js';

const Yoga = {};

function instantiate() {
  const lib = {
    // Emscripten's hook for a custom instantiation: given synchronously, the module is ready
    // when loadYoga returns (its promise resolves later; nothing waits for it).
    instantiateWasm(imports, receiveInstance) {
      const module = new WebAssembly.Module(Buffer.from(WASM_BASE64, 'base64'));
      receiveInstance(new WebAssembly.Instance(module, imports));
      return {};
    },
  };
  loadYoga(lib);
  Object.assign(Yoga, wrapAssembly(lib));
}

if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.addDeserializeCallback(instantiate);
else instantiate();

export default Yoga;
