// The floor for plain mode: a bare inkjs player of the same compiled story that prints the
// first passage and its numbered choices, then exits. Usage: node bench/bare-player.mjs ROLE
import { readFileSync } from 'node:fs';
import { Story } from 'inkjs';

const story = new Story(readFileSync(new URL('../story/build/mandate.json', import.meta.url), 'utf8'));
story.allowExternalFunctionFallbacks = true;
story.variablesState.role = process.argv[2] ?? 'us';
story.state.storySeed = 1;
let out = '';
while (story.canContinue) out += story.Continue();
story.currentChoices.forEach((c, i) => {
  out += `${i + 1}) ${c.text}\n`;
});
process.stdout.write(`${out}> `);
