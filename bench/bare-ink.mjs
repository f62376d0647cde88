// The floor for keypress-to-frame: a bare Ink app that redraws a screenful of text on every
// key, in the same pseudo-terminal. Usage: node bench/bare-ink.mjs (q quits)
import { Box, render, Text, useApp, useInput } from 'ink';
import { createElement as h, useState } from 'react';

function App() {
  const [n, setN] = useState(0);
  const { exit } = useApp();
  useInput((input) => (input === 'q' ? exit() : setN((x) => x + 1)));
  const lines = Array.from({ length: 22 }, (_, i) => h(Text, { key: i }, `${i} 1) key ${n} `.padEnd(78, '·')));
  return h(Box, { flexDirection: 'column' }, lines);
}

render(h(App), { exitOnCtrlC: true });
