import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { Env } from '../config/env.js';
import { FileStorage, storageDir } from './file-storage.js';

const dataDir = mkdtempSync(join(tmpdir(), 'extranet-storage-'));
const storage = new FileStorage({ DATA_DIR: dataDir } as Env);
const root = storageDir({ DATA_DIR: dataDir });
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const stored = () => readdirSync(root).filter((name) => name !== '.partial');
const partial = () => readdirSync(join(root, '.partial'));

async function read(name: string): Promise<string | null> {
  const file = await storage.open(name);
  return file ? text(file.stream) : null;
}

describe('FileStorage', () => {
  it('stores bytes, a stream and a temporary file, and gives each back with its size', async () => {
    const [a, b, c] = [FileStorage.newName(), FileStorage.newName(), FileStorage.newName()];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await storage.put(Buffer.from('octets'), a)).toEqual({ size: 6 });
    expect(await storage.put(Readable.from(['un ', 'flux']), b)).toEqual({ size: 7 });
    const temporary = join(dataDir, 'envoi-temporaire');
    writeFileSync(temporary, 'fichier reçu');
    expect(await storage.put({ path: temporary }, c)).toEqual({ size: 13 });
    expect(existsSync(temporary)).toBe(false); // moved, not copied
    expect([await read(a), await read(b), await read(c)]).toEqual(['octets', 'un flux', 'fichier reçu']);
    const opened = await storage.open(a);
    opened?.stream.destroy();
    expect(opened?.size).toBe(6);
    expect(partial()).toEqual([]);
  });

  it('keeps a derived file beside its original', async () => {
    const name = FileStorage.newName();
    const thumb = FileStorage.derivedName(name, 'thumb');
    expect(thumb).toBe(`${name}.thumb`);
    await storage.put(Buffer.from('miniature'), thumb);
    expect(await read(thumb)).toBe('miniature');
    expect(await read(name)).toBeNull();
  });

  it('removes a file, and a missing one is not an error', async () => {
    const name = FileStorage.newName();
    await storage.put(Buffer.from('x'), name);
    await storage.remove(name);
    await storage.remove(name);
    expect(await storage.open(name)).toBeNull();
  });

  it.each(['../etc/passwd', '/etc/passwd', '..', '', 'photo.jpg', 'a/b', `${'0'.repeat(32)}/../x`, `${'0'.repeat(32)}.`, `${'0'.repeat(32)}.thumb.x`, `${'A'.repeat(32)}`])(
    'refuses the name %j: nothing is written, nothing is read',
    async (name) => {
      const before = stored();
      await expect(storage.put(Buffer.from('x'), name)).rejects.toThrow(/not a generated storage name/);
      await expect(storage.remove(name)).rejects.toThrow(/not a generated storage name/);
      expect(await storage.open(name)).toBeNull();
      expect(stored()).toEqual(before);
      expect(() => FileStorage.derivedName(FileStorage.newName(), '../x')).toThrow();
    },
  );

  it('leaves nothing under the name when a stream fails half-way', async () => {
    const name = FileStorage.newName();
    const failing = new Readable({
      read() {
        this.push('début');
        this.destroy(new Error('connexion perdue'));
      },
    });
    await expect(storage.put(failing, name)).rejects.toThrow('connexion perdue');
    expect(await storage.open(name)).toBeNull();
    expect(partial()).toEqual([]);
  });

  it('never exposes a partial file under its final name', async () => {
    const name = FileStorage.newName();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield 'première moitié ';
      await gate;
      yield 'seconde moitié';
    }
    const putting = storage.put(Readable.from(slow()), name);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storage.open(name)).toBeNull();
    release();
    await putting;
    expect(readFileSync(join(root, name), 'utf8')).toBe('première moitié seconde moitié');
  });
});
