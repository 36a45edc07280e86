import { InvalidConfigError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('needs nothing on a fresh machine', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATA_DIR: '.data', PUBLIC_URL: 'http://localhost:3000' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it('treats empty variables as unset and trims the trailing slash of PUBLIC_URL', () => {
    const env = parseEnv({ DATABASE_URL: '', PUBLIC_URL: 'https://extranet.example.fr/' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_URL).toBe('https://extranet.example.fr');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['SMTP_URL', 'http://mail.example.fr'],
    ['SESSION_SECRET', 'trop-court'],
    ['NODE_ENV', 'staging'],
    ['PUBLIC_URL', 'pas une adresse'],
  ])('stops with a message naming %s when it is %j', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`- ${name}:`));
  });
});
