import { InvalidConfigError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('needs nothing on a fresh machine', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATA_DIR: '.data', PUBLIC_URL: 'http://localhost:3000' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.THROTTLE_SIGN_IN_LIMIT).toBe(5);
  });

  it('lets tests raise the sign-in limit, but not production', () => {
    expect(parseEnv({ NODE_ENV: 'test', THROTTLE_SIGN_IN_LIMIT: '200' }).THROTTLE_SIGN_IN_LIMIT).toBe(200);
    expect(parseEnv({ NODE_ENV: 'production', THROTTLE_SIGN_IN_LIMIT: '3' }).THROTTLE_SIGN_IN_LIMIT).toBe(3);
    expect(() => parseEnv({ NODE_ENV: 'production', THROTTLE_SIGN_IN_LIMIT: '6' })).toThrow(/- THROTTLE_SIGN_IN_LIMIT: must be at most 5 in production/);
  });

  it('treats empty variables as unset and trims the trailing slash of PUBLIC_URL', () => {
    const env = parseEnv({ DATABASE_URL: '', PUBLIC_URL: 'https://extranet.example.fr/' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_URL).toBe('https://extranet.example.fr');
  });

  it('schedules the sweeps on their default crons, except in tests unless asked', () => {
    expect(parseEnv({})).toMatchObject({ SCHEDULED_JOBS: 'on', FRESHNESS_REMINDERS_CRON: '*/5 * * * *', PACK_REMINDERS_CRON: '0 8 * * *' });
    expect(parseEnv({ NODE_ENV: 'test' }).SCHEDULED_JOBS).toBe('off');
    expect(parseEnv({ NODE_ENV: 'test', SCHEDULED_JOBS: 'on' }).SCHEDULED_JOBS).toBe('on');
    expect(parseEnv({ FRESHNESS_REMINDERS_CRON: '* * * * *' }).FRESHNESS_REMINDERS_CRON).toBe('* * * * *');
  });

  it.each([
    ['FRESHNESS_REMINDERS_CRON', 'toutes les 5 minutes'],
    ['FRESHNESS_REMINDERS_CRON', 'off'],
    ['SCHEDULED_JOBS', 'non'],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['SMTP_URL', 'http://mail.example.fr'],
    ['SESSION_SECRET', 'trop-court'],
    ['NODE_ENV', 'staging'],
    ['PUBLIC_URL', 'pas une adresse'],
    ['THROTTLE_SIGN_IN_LIMIT', '0'],
    ['THROTTLE_SIGN_IN_LIMIT', 'beaucoup'],
  ])('stops with a message naming %s when it is %j', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`- ${name}:`));
  });
});
