#!/usr/bin/env node
// The npm registry this project is built from does not serve every platform build of an optional native
// package (rollup's android, darwin, win32, ... builds answer 404), so `npm install` leaves them out of
// package-lock.json, and npm 11's `npm ci` then refuses the lockfile ("Missing: ... from lock file").
// This adds a lockfile entry, with its platform, for each such optional dependency, so `npm ci` sees the
// tree complete and skips them on this platform as it would anyway. Run it after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'win32'];
const CPU = { arm: 'arm', eabi: 'arm', gnueabihf: 'arm', musleabihf: 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const location = `node_modules/${name}`;
		if (packages[location] || packages[`${path}/${location}`]) continue;
		const parts = name.split('/').pop().split('-');
		const os = parts.find((part) => OS.includes(part));
		const cpu = parts.map((part) => CPU[part]).find(Boolean);
		if (os === undefined || cpu === undefined) throw new Error(`cannot tell the platform of ${name}`);
		const libc = os === 'linux' ? (parts.some((part) => part.startsWith('musl')) ? ['musl'] : ['glibc']) : undefined;
		packages[location] = {
			version,
			cpu: [cpu],
			dev: entry.dev === true ? true : undefined,
			...(libc ? { libc } : {}),
			license: 'MIT',
			optional: true,
			os: [os],
		};
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entr${added === 1 ? 'y' : 'ies'} to package-lock.json`);
