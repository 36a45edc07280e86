import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const APP = join(__dirname, '..');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') && !full.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('Apollo stays out of the initial download', () => {
  // Apollo is built on demand (GraphQLClient) and is not in the root injector: `inject(Apollo)`
  // would fail at run time, and importing its classes outside graphql/apollo.ts would put them back
  // into the chunks of whoever imports the file.
  it('is injected as APOLLO, and imported for its types only, outside graphql/apollo.ts', () => {
    const offenders = sources(APP)
      .filter((file) => !file.endsWith(join('graphql', 'apollo.ts')))
      .filter((file) => {
        const source = readFileSync(file, 'utf8');
        return /inject\(Apollo\)/.test(source) || /^import \{[^}]*\b(?<!type )Apollo\b[^}]*\} from 'apollo-angular'/m.test(source);
      })
      .map((file) => relative(APP, file));
    expect(offenders).toEqual([]);
  });
});
