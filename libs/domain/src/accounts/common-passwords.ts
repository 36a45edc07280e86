/**
 * Passwords that appear at the top of public breach corpora (international and French), plus
 * obvious choices for this extranet. NIST SP 800-63B asks for such a blocklist instead of
 * composition rules. Entries are lower-case; short ones stay listed so the list is reusable
 * if the minimum length ever changes.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456', '123456789', '12345678', 'password', '12345', 'qwerty', '1234567', '111111', '123123',
  '1234567890', '000000', 'abc123', 'password1', '1234', 'iloveyou', '1q2w3e4r', '1q2w3e4r5t',
  '1q2w3e4r5t6y', 'qwerty123', 'qwertyuiop', '654321', '555555', '666666', '777777', '888888',
  '999999', '121212', '112233', '123321', '987654321', 'dragon', 'monkey', 'letmein', 'football',
  'baseball', 'master', 'sunshine', 'princess', 'shadow', 'superman', 'welcome', 'welcome1',
  'admin', 'admin123', 'administrator', 'login', 'passw0rd', 'trustno1', 'hello123', 'starwars',
  'michael', 'jennifer', 'jordan23', 'charlie', 'daniel', 'batman', 'hunter2', 'freedom',
  'whatever', 'ninja', 'azerty', 'azerty123', 'azertyuiop', 'azertyuiop123', 'azertyuiopqsdf',
  'azertyuiopqsdfghjklm', 'azerty1234', 'aqwzsxedc', 'azertyqwerty', 'qsdfghjklm', 'motdepasse',
  'motdepasse1', 'motdepasse123', 'motdepasse1234', 'monmotdepasse', 'monmotdepasse123',
  'mot2passe', 'motdepassesecurise', 'motdepassesecret', 'soleil', 'soleil123', 'soleil2024',
  'doudou', 'chouchou', 'loulou', 'marseille', 'marseille13', 'olympiquedemarseille', 'allezlom',
  'jetaime', 'jetaime123', 'jetaimemonamour', 'bonjour', 'bonjour123', 'bonjour1234',
  'bonjourbonjour', 'coucou', 'coucou123', 'chocolat', 'nicolas', 'camille', 'julien', 'thomas',
  'maxime', 'isabelle', 'nathalie', 'celine', 'stephanie', 'sandrine', 'doudou123', 'chatoune',
  'princesse', 'princesse123', 'liberte', 'liberteegalitefraternite', 'france', 'france123',
  'vivelafrance', '123456789012', '1234567890123', '12345678901234', '123456123456', '12341234',
  '1234512345', '1234567812345678', '0123456789', '01234567890', '098765432109876', '111111111111',
  '000000000000', '123123123123', '121212121212', '112233445566', '147258369', '147258369147',
  '159753', '159753159753', '741852963', 'password123', 'password1234', 'password12345',
  'passwordpassword', 'password123456', 'mypassword', 'mypassword123', 'secretpassword',
  'passwordsecret', 'changeme', 'qwerty123456', 'qwertyuiop123', 'qwertyuiopasdf',
  'qwertyuiopasdfgh', 'qwertyqwerty', 'asdfghjkl', 'asdfghjkl123', 'zxcvbnm', 'zxcvbnm123',
  'qazwsxedc', 'qazwsxedcrfv', 'iloveyou123', 'iloveyou1234', 'letmein123', 'welcome123',
  'welcome1234', 'admin1234', 'administrator1', 'adminadmin', 'adminadmin123', 'rootroot',
  'abcdefghijkl', 'abcdefghijklm', 'abcdef123456', 'abc123456789', 'aaaaaaaaaaaa', 'azertyazerty',
  'pays-de-gex', 'paysdegex', 'paysdegex01', 'paysdegex123', 'officedetourisme',
  'officedetourisme123', 'tourisme', 'tourisme123', 'tourisme2024', 'tourisme2025',
  'ferneyvoltaire', 'divonnelesbains', 'saintgenispouilly', 'montblanc', 'montblanc123',
  'genevegeneve', 'geneve123', 'lacleman', 'lacleman123', 'hotel123', 'hotel1234', 'hotelhotel',
  'camping123', 'restaurant', 'restaurant123', 'extranet', 'extranet123', 'extranet2025',
  'bienvenue', 'bienvenue1', 'bienvenue123', 'bienvenue1234', 'bienvenuebienvenue', 'partenaire',
  'partenaire123', 'partenaires2025', 'football123', 'football1234', 'minecraft', 'minecraft123',
  'pokemon', 'pokemon123', 'naruto', 'naruto123', 'summer2024', 'summer2025', 'spring2025',
  'winter2024', 'autumn2024', 'ete2024', 'hiver2024', 'printemps2025', 'janvier2025',
  'decembre2024',
]);
