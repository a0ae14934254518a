// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are written `${key}` in plain strings.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { evaluate, type Row, title } from './evaluate.js';

const rows: Row[] = [
  { operator: 'IpAddress', values: ['203.0.113.0/24'], ctx: { k: '203.0.113.0' }, expected: true },
  { operator: 'IpAddress', values: ['203.0.113.0/24'], ctx: { k: '203.0.113.255' }, expected: true },
  { operator: 'IpAddress', values: ['203.0.113.0/24'], ctx: { k: '203.0.114.0' }, expected: false },
  { operator: 'IpAddress', values: ['203.0.113.0/24'], ctx: {}, expected: false },
  // R66: a bare address is /32, host bits of a block are ignored, /0 is everything.
  { operator: 'IpAddress', values: ['203.0.113.7'], ctx: { k: '203.0.113.7' }, expected: true },
  { operator: 'IpAddress', values: ['203.0.113.7'], ctx: { k: '203.0.113.8' }, expected: false },
  { operator: 'IpAddress', values: ['203.0.113.7/24'], ctx: { k: '203.0.113.200' }, expected: true },
  { operator: 'IpAddress', values: ['0.0.0.0/0'], ctx: { k: '255.255.255.255' }, expected: true },
  { operator: 'IpAddress', values: ['255.255.255.255/32'], ctx: { k: '255.255.255.255' }, expected: true },
  { operator: 'IpAddress', values: ['128.0.0.0/1'], ctx: { k: '200.1.1.1' }, expected: true },
  { operator: 'IpAddress', values: ['128.0.0.0/1'], ctx: { k: '127.255.255.255' }, expected: false },
  { operator: 'IpAddress', values: ['10.0.0.0/8', '192.168.0.0/16'], ctx: { k: '192.168.4.4' }, expected: true },
  // IPv6, with `::`, in any letter case; a bare address is /128.
  {
    operator: 'IpAddress',
    values: ['2001:DB8:1234:5678::/64'],
    ctx: { k: '2001:db8:1234:5678:abcd::1' },
    expected: true,
  },
  { operator: 'IpAddress', values: ['2001:DB8:1234:5678::/64'], ctx: { k: '2001:db8:1234:5679::1' }, expected: false },
  { operator: 'IpAddress', values: ['2001:db8::/33'], ctx: { k: '2001:db8:7fff::' }, expected: true },
  { operator: 'IpAddress', values: ['2001:db8::/33'], ctx: { k: '2001:db8:8000::' }, expected: false },
  { operator: 'IpAddress', values: ['::1'], ctx: { k: '0:0:0:0:0:0:0:1' }, expected: true },
  { operator: 'IpAddress', values: ['::1'], ctx: { k: '::2' }, expected: false },
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: '2001:db8::1' }, expected: true },
  { operator: 'IpAddress', values: ['::ffff:0:0/96'], ctx: { k: '::ffff:203.0.113.9' }, expected: true },
  // R66: IPv4 never matches an IPv6 block, nor the reverse.
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: '203.0.113.9' }, expected: false },
  { operator: 'IpAddress', values: ['0.0.0.0/0'], ctx: { k: '2001:db8::1' }, expected: false },
  {
    operator: 'IpAddress',
    values: ['203.0.113.0/24', '2001:DB8:1234:5678::/64'],
    ctx: { k: '2001:db8:1234:5678::9' },
    expected: true,
  },
  // R47, R44: NotIpAddress holds outside every block and when the key is missing.
  { operator: 'NotIpAddress', values: ['10.0.0.0/8', '192.168.0.0/16'], ctx: { k: '192.168.4.4' }, expected: false },
  { operator: 'NotIpAddress', values: ['10.0.0.0/8', '192.168.0.0/16'], ctx: { k: '8.8.8.8' }, expected: true },
  { operator: 'NotIpAddress', values: ['10.0.0.0/8'], ctx: {}, expected: true },
  { operator: 'IpAddressIfExists', values: ['10.0.0.0/8'], ctx: {}, expected: true },
  // R68: bad blocks and bad request addresses match nothing.
  { operator: 'IpAddress', values: ['10.0.0.0/33'], ctx: { k: '10.0.0.1' }, expected: false },
  { operator: 'IpAddress', values: ['10.0.0/8'], ctx: { k: '10.0.0.1' }, expected: false },
  { operator: 'IpAddress', values: ['256.0.0.0/8'], ctx: { k: '0.0.0.1' }, expected: false },
  { operator: 'IpAddress', values: ['10.0.0.0/'], ctx: { k: '10.0.0.1' }, expected: false },
  { operator: 'IpAddress', values: ['10.*'], ctx: { k: '10.0.0.1' }, expected: false },
  { operator: 'IpAddress', values: ['2001:db8::/129'], ctx: { k: '2001:db8::1' }, expected: false },
  { operator: 'IpAddress', values: ['2001:db8::1::/64'], ctx: { k: '2001:db8::1' }, expected: false },
  { operator: 'IpAddress', values: ['10.0.0.0/8'], ctx: { k: '10.0.0' }, expected: false },
  { operator: 'IpAddress', values: ['10.0.0.0/8'], ctx: { k: '10.0.0.1/32' }, expected: false },
  { operator: 'IpAddress', values: ['10.0.0.0/8'], ctx: { k: 'localhost' }, expected: false },
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: '1:2:3:4:5:6:7:8:9' }, expected: false },
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: '1:2:3:4:5:6:7' }, expected: false },
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: ':1::' }, expected: false },
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: '1:' }, expected: false },
  { operator: 'IpAddress', values: ['::/0'], ctx: { k: '12345::' }, expected: false },
  { operator: 'NotIpAddress', values: ['bad'], ctx: { k: '10.0.0.1' }, expected: true },
  // R59: IpAddress takes no policy variables.
  {
    operator: 'IpAddress',
    values: ['${aws:PrincipalTag/cidr}'],
    ctx: { k: '10.0.0.1', 'aws:principaltag/cidr': '10.0.0.0/8' },
    expected: false,
  },
];

describe('IpAddress condition operators', () => {
  for (const row of rows)
    it(title(row), () => {
      expect(evaluate(row)).to.equal(row.expected);
    });
});
