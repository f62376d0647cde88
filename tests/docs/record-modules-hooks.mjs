// The load hook of record-modules.mjs: notes each module's URL, then loads it as usual.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.MANDATE_MODULE_LOG) appendFileSync(process.env.MANDATE_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
