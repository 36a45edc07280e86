export interface Commune {
  /** INSEE code, the stable key: one postal code is shared by several communes. */
  code: string;
  name: string;
  postalCode: string;
}

/** The 27 communes of Pays de Gex Agglo, the office's territory, sorted by name. */
export const COMMUNES: readonly Commune[] = [
  { code: '01071', name: 'Cessy', postalCode: '01170' },
  { code: '01078', name: 'Challex', postalCode: '01630' },
  { code: '01103', name: 'Chevry', postalCode: '01170' },
  { code: '01104', name: 'Chézery-Forens', postalCode: '01410' },
  { code: '01109', name: 'Collonges', postalCode: '01550' },
  { code: '01135', name: 'Crozet', postalCode: '01170' },
  { code: '01143', name: 'Divonne-les-Bains', postalCode: '01220' },
  { code: '01153', name: 'Échenevex', postalCode: '01170' },
  { code: '01157', name: 'Farges', postalCode: '01550' },
  { code: '01160', name: 'Ferney-Voltaire', postalCode: '01210' },
  { code: '01173', name: 'Gex', postalCode: '01170' },
  { code: '01180', name: 'Grilly', postalCode: '01220' },
  { code: '01209', name: 'Léaz', postalCode: '01200' },
  { code: '01210', name: 'Lélex', postalCode: '01410' },
  { code: '01247', name: 'Mijoux', postalCode: '01410' },
  { code: '01281', name: 'Ornex', postalCode: '01210' },
  { code: '01288', name: 'Péron', postalCode: '01630' },
  { code: '01308', name: 'Pougny', postalCode: '01550' },
  { code: '01313', name: 'Prévessin-Moëns', postalCode: '01280' },
  { code: '01354', name: 'Saint-Genis-Pouilly', postalCode: '01630' },
  { code: '01360', name: 'Saint-Jean-de-Gonville', postalCode: '01630' },
  { code: '01397', name: 'Sauverny', postalCode: '01220' },
  { code: '01399', name: 'Ségny', postalCode: '01170' },
  { code: '01401', name: 'Sergy', postalCode: '01630' },
  { code: '01419', name: 'Thoiry', postalCode: '01710' },
  { code: '01435', name: 'Versonnex', postalCode: '01210' },
  { code: '01436', name: 'Vesancy', postalCode: '01170' },
];

const COMMUNES_BY_CODE: ReadonlyMap<string, Commune> = new Map(
  COMMUNES.map((commune) => [commune.code, commune]),
);

export function findCommune(code: string): Commune | undefined {
  return COMMUNES_BY_CODE.get(code);
}
