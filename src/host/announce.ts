/**
 * Finding the host on the classroom network without typing its address: the host announces
 * itself by mDNS/DNS-SD (bonjour-service, a maintained pure-JavaScript implementation: no system
 * daemon needed on the teacher's laptop), and `mandate join` looks for it.
 */
import { Bonjour } from 'bonjour-service';

export const SERVICE_TYPE = 'mandate';

/** Announces the host; returns what stops the announcement. */
export function announce(name: string, port: number): () => Promise<void> {
  const bonjour = new Bonjour();
  bonjour.publish({ name, type: SERVICE_TYPE, port, txt: { v: '1' }, disableIPv6: true });
  return () =>
    new Promise((resolve) => {
      bonjour.unpublishAll(() => {
        bonjour.destroy();
        resolve();
      });
    });
}

/** The addresses (`http://IP:PORT`) of the hosts found within `ms` milliseconds. */
export function discover(ms = 3000): Promise<string[]> {
  const bonjour = new Bonjour();
  const found = new Set<string>();
  return new Promise((resolve) => {
    const browser = bonjour.find({ type: SERVICE_TYPE }, (service) => {
      const ipv4 = (service.addresses ?? []).find((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a));
      if (ipv4) found.add(`http://${ipv4}:${service.port}`);
    });
    setTimeout(() => {
      browser.stop();
      bonjour.destroy();
      resolve([...found]);
    }, ms);
  });
}
