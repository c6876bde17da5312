// Preloaded (node --import) by the skip-path test: any attempt to reach the network ends the process with code 99
// and a marker on stderr, so a test can prove a command made no request.
import dns from 'node:dns';
import net from 'node:net';

const refuse = (what) => {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  process.exit(99);
};
net.Socket.prototype.connect = function () {
  refuse('net.Socket.connect');
};
dns.lookup = () => refuse('dns.lookup');
dns.promises.lookup = async () => refuse('dns.promises.lookup');
globalThis.fetch = async () => refuse('fetch');
