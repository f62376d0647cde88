// yoga-layout (Ink's layout engine) for the start-up snapshot. The package's entry instantiates
// its WebAssembly with top-level await, which a CommonJS bundle cannot hold, and V8 cannot save
// WebAssembly in a snapshot at all. This runs the same Emscripten glue synchronously, once the
// snapshot has started (or at load, outside a snapshot build), into the object Ink imported.

// The glue's inline binary, extracted at bundle time (see bundle.ts).
import { WASM_BASE64 } from 'mandate-snapshot:yoga-wasm';
import { startupSnapshot } from 'node:v8';
import loadYoga from '../../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
import Constants from '../../node_modules/yoga-layout/dist/src/generated/YGEnums.js';
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

/**
 * A stand-in for the layout engine while building, when WebAssembly is off: every node takes
 * the whole `width` × `height`, and measuring a text node calls its measure function. It lays
 * nothing out right; it only lets a warm-up render run Ink's and React's code once, so that the
 * snapshot holds their compiled bytecode (see warm-up.tsx). Cleared again before the heap is saved.
 */
class StandInNode {
  static width = 80;
  static height = 24;
  children = [];
  measure = null;
  static create() {
    return new Proxy(new StandInNode(), {
      // Setters and the rest of the API Ink calls only to describe the layout: do nothing.
      get: (node, key) => (key in node ? node[key] : () => undefined),
    });
  }
  insertChild(child, index) {
    this.children.splice(index, 0, child);
  }
  removeChild(child) {
    this.children = this.children.filter((c) => c !== child);
  }
  getChildCount() {
    return this.children.length;
  }
  getChild(index) {
    return this.children[index];
  }
  setMeasureFunc(fn) {
    this.measure = fn;
  }
  unsetMeasureFunc() {
    this.measure = null;
  }
  calculateLayout() {
    this.measure?.(StandInNode.width, 2 /* MeasureMode.AtMost */, StandInNode.height, 0);
    for (const child of this.children) child.calculateLayout();
  }
  getComputedWidth() {
    return StandInNode.width;
  }
  getComputedHeight() {
    return StandInNode.height;
  }
  getComputedLeft() {
    return 0;
  }
  getComputedTop() {
    return 0;
  }
  getComputedBorder() {
    return 0;
  }
  getComputedPadding() {
    return 0;
  }
  getDisplay() {
    return Constants.DISPLAY_FLEX;
  }
  free() {}
  freeRecursive() {}
}

/** Runs `fn` with the stand-in in place of the layout engine (building the snapshot only). */
export function withStandInLayout(size, fn) {
  if (!startupSnapshot.isBuildingSnapshot()) throw new Error('the stand-in layout is for building the snapshot');
  StandInNode.width = size.cols;
  StandInNode.height = size.rows;
  Object.assign(Yoga, Constants, { Node: StandInNode, Config: { create: () => ({ free() {} }) } });
  try {
    fn();
  } finally {
    for (const key of Object.keys(Yoga)) delete Yoga[key];
  }
}
