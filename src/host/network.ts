/**
 * The classroom network: the host answers only addresses of a local network (loopback, the
 * private ranges, link-local), and binds to one of them. A host must never be reachable from
 * the internet: it holds a class's logs.
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** Whether `address` (IPv4 or IPv6, maybe IPv4-mapped) belongs to a local network. */
export function isLocalAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/i, '');
  if (isIP(a) === 4) {
    const [p, q] = a.split('.').map(Number) as [number, number];
    return (
      p === 127 ||
      p === 10 ||
      (p === 172 && q >= 16 && q <= 31) ||
      (p === 192 && q === 168) ||
      (p === 169 && q === 254) ||
      // Carrier-grade NAT, which some school networks use inside.
      (p === 100 && q >= 64 && q <= 127)
    );
  }
  if (isIP(a) === 6) {
    const lower = a.toLowerCase();
    return lower === '::1' || /^fe[89ab]/.test(lower) || /^f[cd]/.test(lower);
  }
  return false;
}

/** The address to bind by default: the machine's first local-network IPv4 address, else loopback. */
export function defaultBindAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const i of list ?? []) {
      if (i.family === 'IPv4' && !i.internal && isLocalAddress(i.address)) return i.address;
    }
  }
  return '127.0.0.1';
}
