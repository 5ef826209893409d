// readRegularFileSync, the command line's reader of every article: sized by fstat, it must still
// return exactly the file's bytes when the file is empty, larger than one chunk, or longer than
// fstat said (a file that grew; /proc files report size 0), and refuse past its cap while reading.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readRegularFileSync, RefusedFile } from '../../server/src/workspace/regularFiles';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-regular-'));
const fileOf = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe('readRegularFileSync', () => {
  for (const size of [0, 1, 3_700, 65_535, 65_536, 65_537, 1_000_003]) {
    it(`returns the ${size} bytes of a file of that size`, () => {
      const bytes = Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + 7) % 256));
      assert.ok(readRegularFileSync(fileOf(`f${size}`, bytes)).equals(bytes));
    });
  }

  it('reads on past the size fstat gave (a /proc file says 0 bytes)', { skip: process.platform !== 'linux' && 'Linux /proc only' }, () => {
    const expected = readFileSync('/proc/self/cmdline');
    assert.ok(expected.length > 0);
    assert.ok(readRegularFileSync('/proc/self/cmdline').equals(expected));
  });

  it('refuses a file over its cap, by its size or while reading it', () => {
    assert.equal(readRegularFileSync(fileOf('cap', Buffer.alloc(100, 1)), 100).length, 100);
    assert.throws(() => readRegularFileSync(fileOf('over', Buffer.alloc(101, 1)), 100), RefusedFile);
    if (process.platform === 'linux') assert.throws(() => readRegularFileSync('/proc/self/cmdline', 1), RefusedFile);
  });
});
