import { BlockList, isIP } from 'node:net';

/**
 * A host only the sender's own machine or network can reach: loopback, private and link-local
 * addresses, and the names of a local network (an intranet CMS link pasted into the copy). A
 * reader's mail client gets nowhere with it; the online link check does not visit it either.
 * The exports keep such a link (a warning, not an error): the editor decides.
 */
export function privateHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host))
    return true;
  if (!host.includes('.') && !host.includes(':')) return true; // a bare intranet name
  const version = isIP(host);
  if (version === 0) return false;
  return PRIVATE_ADDRESSES.check(host, version === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Addresses no reader reaches, or that are this machine's or its network's: judged by
 * net.BlockList, which also judges an IPv4 address written inside IPv6 (::ffff:10.0.0.5, as a
 * resolver may answer, or ::ffff:a00:5) as that IPv4 address.
 */
const PRIVATE_ADDRESSES = (() => {
  const list = new BlockList();
  for (const [address, prefix] of [
    ['0.0.0.0', 8], // "this" network
    ['10.0.0.0', 8],
    ['100.64.0.0', 10], // carrier-grade NAT
    ['127.0.0.0', 8],
    ['169.254.0.0', 16], // link-local, and cloud metadata services
    ['172.16.0.0', 12],
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.168.0.0', 16],
    ['198.18.0.0', 15], // network benchmarking
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, and the broadcast address
  ] as const)
    list.addSubnet(address, prefix, 'ipv4');
  for (const [address, prefix] of [
    ['::', 128], // unspecified
    ['::1', 128], // loopback
    ['::', 96], // IPv4-compatible (deprecated): ::a00:5
    ['64:ff9b::', 96], // NAT64: an IPv4 address through the local translator
    ['fc00::', 7], // unique local
    ['fe80::', 10], // link-local
    ['ff00::', 8], // multicast
  ] as const)
    list.addSubnet(address, prefix, 'ipv6');
  return list;
})();
