import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { Choices } from '../../src/ui/components/Choices.js';

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('Choices', () => {
  it('takes a digit key', async () => {
    const onChoose = vi.fn();
    const { stdin, lastFrame } = render(<Choices options={['Draft', 'Wait']} onChoose={onChoose} />);
    await tick();
    expect(lastFrame()).toContain('1) Draft');
    expect(lastFrame()).toContain('2) Wait');
    stdin.write('2');
    await tick();
    expect(onChoose).toHaveBeenCalledWith(1);
  });

  it('moves with the arrows and takes the highlighted option with Enter', async () => {
    const onChoose = vi.fn();
    const { stdin, lastFrame } = render(<Choices options={['Draft', 'Wait', 'Resign']} onChoose={onChoose} />);
    await tick();
    expect(lastFrame()).toContain('› 1) Draft');
    stdin.write('\u001B[B');
    await tick();
    expect(lastFrame()).toContain('› 2) Wait');
    stdin.write('\u001B[A');
    stdin.write('\u001B[A');
    await tick();
    expect(lastFrame()).toContain('› 3) Resign');
    stdin.write('\r');
    await tick();
    expect(onChoose).toHaveBeenCalledWith(2);
  });

  it('ignores digits beyond the options', async () => {
    const onChoose = vi.fn();
    const { stdin } = render(<Choices options={['Draft', 'Wait']} onChoose={onChoose} />);
    await tick();
    stdin.write('7');
    await tick();
    expect(onChoose).not.toHaveBeenCalled();
  });
});
