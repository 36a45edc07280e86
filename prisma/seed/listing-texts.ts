// Words for the demo listings: names, places and sentences (French, with English and German
// where the office has them). Pure data; listings.ts combines them deterministically.
import type { ListingType } from '@extranet/domain';

/** One sentence in the three languages of a listing. */
export type Tri = readonly [fr: string, en: string, de: string];

/** Places of each commune (INSEE code) that a real listing would name: hamlets, summits, sites. */
export const PLACES_BY_COMMUNE: Readonly<Record<string, readonly string[]>> = {
  '01071': ['Cessy-Village', 'les Bois de Cessy', 'la Chenaille'],
  '01078': ['Mucelle', 'Greny', 'les bords du Rhône'],
  '01103': ['Chevry-Dessus', 'Véraz', 'la Combe'],
  '01104': ['Forens', 'la Valserine', 'l’Abbaye', 'Chézery'],
  '01109': ['Fort l’Écluse', 'Ecorans', 'la Cure'],
  '01135': ['Tiocan', 'Villeneuve', 'la Télécabine', 'le Crozet d’en haut'],
  '01143': ['Plonnex', 'Vésenex', 'Arbère', 'le Lac', 'les Thermes', 'la Divonne'],
  '01153': ['Chenaz', 'Naz-Dessus', 'Échenevex-Village'],
  '01157': ['Farges-Village', 'Asserans', 'Longeray'],
  '01160': ['la Grand’rue', 'le Château', 'Ferney-Village'],
  '01173': ['Mont Mussy', 'Pitegny', 'Tougin', 'la Porte de France', 'Vertes-Campagnes'],
  '01180': ['Grilly-Village', 'les Bois de Grilly'],
  '01209': ['Grésin', 'Longeray', 'le Défilé'],
  '01210': ['Niaz', 'la Catheline', 'le Crêt de la Neige', 'la Valserine'],
  '01247': ['la Faucille', 'Mont-Rond', 'la Mainaz', 'les Rousses d’en bas'],
  '01281': ['Villard-Tacon', 'Maconnex', 'Ornex-Village'],
  '01288': ['Logras', 'Feigères', 'Greny', 'Pré Bernard'],
  '01308': ['Pougny-Village', 'Chancy', 'les bords du Rhône'],
  '01313': ['Moëns', 'Magny', 'Vésegnin'],
  '01354': ['Pouilly', 'Flies', 'Saint-Genis-Village'],
  '01360': ['Gonville', 'Chanvière'],
  '01397': ['Sauverny-Village', 'la Versoix'],
  '01399': ['Ségny-Village', 'les Champs'],
  '01401': ['Sergy-Haut', 'Sergy-Bas'],
  '01419': ['Allemogne', 'Fenières', 'Thoiry-Village', 'le Reculet'],
  '01435': ['Versonnex-Village', 'la Versoix'],
  '01436': ['le Vallon', 'Vesancy-Village', 'la Vesancière'],
};

/** Approximate centre of each commune, inside the domain's Pays de Gex bounds. */
export const CENTRES: Readonly<Record<string, readonly [lat: number, lng: number]>> = {
  '01071': [46.32, 6.075], '01078': [46.185, 5.975], '01103': [46.285, 6.04], '01104': [46.218, 5.865],
  '01109': [46.137, 5.905], '01135': [46.285, 6.01], '01143': [46.357, 6.14], '01153': [46.31, 6.04],
  '01157': [46.165, 5.93], '01160': [46.255, 6.108], '01173': [46.333, 6.058], '01180': [46.33, 6.115],
  '01209': [46.115, 5.885], '01210': [46.3, 5.935], '01247': [46.37, 6.0], '01281': [46.272, 6.1],
  '01288': [46.19, 5.925], '01308': [46.14, 5.95], '01313': [46.255, 6.075], '01354': [46.243, 6.025],
  '01360': [46.212, 5.955], '01397': [46.315, 6.12], '01399': [46.295, 6.07], '01401': [46.25, 5.995],
  '01419': [46.235, 5.98], '01435': [46.31, 6.095], '01436': [46.36, 6.085],
};

export const STREETS = [
  'rue de Genève', 'Grande Rue', 'chemin des Vignes', 'route de Lyon', 'avenue de la Gare', 'rue du Jura',
  'place de l’Église', 'chemin du Bois', 'rue des Écoles', 'route de Divonne', 'rue de la Fruitière',
  'chemin de la Combe', 'route du Col de la Faucille', 'chemin des Crêts', 'rue Voltaire', 'impasse des Tilleuls',
  'route de Mijoux', 'chemin du Moulin', 'rue du Mont-Blanc', 'allée des Sorbiers',
];

/** Where it is: completes « … » after the lead of a short description. */
export const SETTINGS: readonly Tri[] = [
  ['au pied du Jura', 'at the foot of the Jura mountains', 'am Fuße des Juras'],
  ['face au Mont-Blanc', 'facing Mont Blanc', 'mit Blick auf den Mont Blanc'],
  ['à deux pas de Genève', 'a stone’s throw from Geneva', 'nur wenige Schritte von Genf entfernt'],
  ['au cœur du village', 'in the heart of the village', 'im Herzen des Dorfes'],
  ['en lisière de forêt', 'on the edge of the forest', 'am Waldrand'],
  ['dans la vallée de la Valserine', 'in the Valserine valley', 'im Tal der Valserine'],
  ['avec vue sur le Léman', 'overlooking Lake Geneva', 'mit Blick auf den Genfersee'],
  ['au calme, entre prés et vergers', 'in a quiet spot among meadows and orchards', 'ruhig gelegen zwischen Wiesen und Obstgärten'],
  ['au départ des sentiers de la Haute Chaîne du Jura', 'where the trails of the Haute Chaîne du Jura begin', 'am Ausgangspunkt der Wanderwege der Haute Chaîne du Jura'],
  ['à dix minutes de l’aéroport de Genève', 'ten minutes from Geneva airport', 'zehn Minuten vom Flughafen Genf'],
];

/** Sentences that may close any long description. */
export const CLOSINGS: readonly Tri[] = [
  ['Accès facile depuis Genève en bus ou à vélo.', 'Easy to reach from Geneva by bus or by bike.', 'Von Genf aus bequem mit dem Bus oder dem Fahrrad erreichbar.'],
  ['Parking gratuit à proximité.', 'Free parking nearby.', 'Kostenlose Parkplätze in der Nähe.'],
  ['Renseignements et réservations par téléphone ou par e-mail.', 'Information and bookings by phone or e-mail.', 'Auskunft und Reservierung per Telefon oder E-Mail.'],
  ['Les animaux sont acceptés sur demande.', 'Pets are welcome on request.', 'Haustiere auf Anfrage willkommen.'],
  ['On y parle français, anglais et allemand.', 'French, English and German are spoken.', 'Man spricht Französisch, Englisch und Deutsch.'],
  ['Le site est accessible aux personnes à mobilité réduite.', 'The site is accessible to people with reduced mobility.', 'Der Ort ist barrierefrei zugänglich.'],
  ['Pensez à réserver en haute saison.', 'Booking is advised in high season.', 'In der Hochsaison wird eine Reservierung empfohlen.'],
];

export interface TypeTexts {
  /**
   * Names: « {place} », « {commune} » and « {surname} » are filled in. « @INSEE » pins a real place
   * to its commune; the seed uses each pinned name once per scale unit.
   */
  names: readonly string[];
  /** The start of the short description. */
  leads: readonly Tri[];
  /** Sentences of the long description. */
  details: readonly Tri[];
  labels: readonly string[];
}

export const TEXTS: Readonly<Record<ListingType, TypeTexts>> = {
  HOTELLERIE: {
    names: ['Hôtel du Parc', 'Hôtel Les Alpes', 'Hôtel de la Faucille@01247', 'Le Relais de {commune}', 'Hôtel Le Chalet Fleuri', 'Hôtel Mont-Blanc', 'Hôtel du Golf', 'Hôtel La Mainaz', 'Hôtel Les Bruyères', 'Hôtel Bellevue', 'Hôtel de la Poste', 'Domaine de {place}', 'Auberge de {place}', 'Hôtel Les Tilleuls', 'Hôtel du Lac'],
    leads: [
      ['Hôtel familial', 'Family-run hotel', 'Familiengeführtes Hotel'],
      ['Hôtel de charme', 'Charming hotel', 'Charmantes Hotel'],
      ['Hôtel rénové', 'Renovated hotel', 'Renoviertes Hotel'],
      ['Hôtel-restaurant', 'Hotel and restaurant', 'Hotel mit Restaurant'],
    ],
    details: [
      ['Les chambres, spacieuses et lumineuses, donnent sur le jardin ou sur la chaîne des Alpes.', 'The bright, spacious rooms look onto the garden or the Alps.', 'Die hellen, geräumigen Zimmer blicken auf den Garten oder die Alpen.'],
      ['Le petit-déjeuner met à l’honneur les produits du Pays de Gex : comté, miel et confitures maison.', 'Breakfast features local produce: Comté cheese, honey and home-made jams.', 'Zum Frühstück gibt es Produkte aus dem Pays de Gex: Comté, Honig und hausgemachte Konfitüre.'],
      ['Une salle de séminaire accueille jusqu’à trente personnes.', 'A meeting room seats up to thirty people.', 'Ein Seminarraum bietet Platz für bis zu dreißig Personen.'],
      ['Un local à vélos fermé et une borne de recharge sont à disposition.', 'A locked bike room and an EV charging point are available.', 'Ein abschließbarer Fahrradraum und eine Ladestation stehen zur Verfügung.'],
      ['Le restaurant sert une cuisine de saison, midi et soir.', 'The restaurant serves seasonal cooking for lunch and dinner.', 'Das Restaurant serviert mittags und abends saisonale Küche.'],
      ['En hiver, les pistes de Monts Jura sont à vingt minutes.', 'In winter, the Monts Jura slopes are twenty minutes away.', 'Im Winter sind die Pisten von Monts Jura zwanzig Minuten entfernt.'],
    ],
    labels: ['Logis', 'Qualité Tourisme', 'Accueil Vélo', 'Clef Verte'],
  },
  HEBERGEMENT_LOCATIF: {
    names: ['Gîte Les Gentianes', 'Chambre d’hôtes Le Grenier', 'Gîte de la Ferme de {place}', 'Meublé Les Myrtilles', 'Chalet Le Nid', 'Gîte L’Épicéa', 'Chambres d’hôtes Sous le Colomby', 'Gîte Le Vieux Four', 'Meublé La Grange', 'Appartement Les Coquelicots', 'Studio Vue sur le Léman', 'Chambre d’hôtes Le Clos fleuri', 'Gîte La Bergerie', 'Meublé Le Pré vert', 'Chalet Les Chamois', 'Gîte de {place}', 'Maison {surname}', 'Chambres d’hôtes chez {surname}'],
    leads: [
      ['Gîte confortable', 'Comfortable holiday cottage', 'Gemütliches Ferienhaus'],
      ['Chambre d’hôtes chaleureuse', 'Welcoming bed and breakfast', 'Einladendes Gästezimmer'],
      ['Appartement lumineux', 'Bright apartment', 'Helle Ferienwohnung'],
      ['Ancienne ferme restaurée', 'Restored farmhouse', 'Restauriertes Bauernhaus'],
      ['Petit chalet indépendant', 'Small detached chalet', 'Kleines freistehendes Chalet'],
    ],
    details: [
      ['Le logement comprend un séjour avec poêle à bois, une cuisine équipée et une terrasse.', 'It has a living room with a wood stove, a fitted kitchen and a terrace.', 'Die Unterkunft hat ein Wohnzimmer mit Holzofen, eine Einbauküche und eine Terrasse.'],
      ['Linge de lit et serviettes fournis ; ménage de fin de séjour en option.', 'Bed linen and towels provided; end-of-stay cleaning optional.', 'Bettwäsche und Handtücher inklusive; Endreinigung auf Wunsch.'],
      ['Les propriétaires, qui habitent sur place, partagent volontiers leurs bonnes adresses.', 'The owners live on site and gladly share their favourite places.', 'Die Gastgeber wohnen vor Ort und teilen gern ihre Geheimtipps.'],
      ['Jardin clos avec barbecue et jeux pour les enfants.', 'Enclosed garden with a barbecue and a play area.', 'Eingezäunter Garten mit Grill und Spielplatz.'],
      ['Location à la semaine en été, à la nuitée le reste de l’année.', 'Let by the week in summer, by the night the rest of the year.', 'Im Sommer wochenweise, sonst auch pro Nacht zu mieten.'],
      ['Wi-Fi gratuit et place de parking privée.', 'Free Wi-Fi and a private parking space.', 'Kostenloses WLAN und privater Parkplatz.'],
    ],
    labels: ['Gîtes de France', 'Clévacances', 'Accueil Vélo', 'Tourisme & Handicap'],
  },
  HEBERGEMENT_COLLECTIF: {
    names: ['Centre de vacances de {place}', 'Gîte d’étape de {place}', 'Auberge de jeunesse de {commune}', 'Chalet de groupe Les Sorbiers', 'Refuge de {place}', 'Maison familiale de {commune}'],
    leads: [
      ['Hébergement de groupe', 'Group accommodation', 'Gruppenunterkunft'],
      ['Gîte d’étape', 'Walkers’ hostel', 'Wanderherberge'],
      ['Centre de vacances', 'Holiday centre', 'Ferienzentrum'],
    ],
    details: [
      ['Dortoirs et chambres de deux à six lits, salle commune et cuisine collective.', 'Dormitories and rooms for two to six, a common room and a shared kitchen.', 'Schlafsäle und Zimmer mit zwei bis sechs Betten, Gemeinschaftsraum und Gemeinschaftsküche.'],
      ['Idéal pour les classes vertes, les clubs sportifs et les familles nombreuses.', 'Ideal for school trips, sports clubs and large families.', 'Ideal für Klassenfahrten, Sportvereine und Großfamilien.'],
      ['Étape sur le GR 9 et sur la Grande Traversée du Jura.', 'A stop on the GR 9 and the Grande Traversée du Jura.', 'Etappe am GR 9 und an der Grande Traversée du Jura.'],
      ['Pension complète ou demi-pension sur réservation.', 'Full or half board on request.', 'Voll- oder Halbpension auf Anfrage.'],
    ],
    labels: ['Rando Accueil', 'Accueil Vélo'],
  },
  HOTELLERIE_PLEIN_AIR: {
    names: ['Camping Les Gorges de l’Allondon@01354', 'Camping du Creux de l’Envers', 'Camping du Lac@01143', 'Camping de la Valserine@01104', 'Camping Les Sapins', 'Aire naturelle de {place}', 'Camping municipal de {commune}'],
    leads: [
      ['Camping ombragé', 'Shaded campsite', 'Schattiger Campingplatz'],
      ['Camping familial', 'Family campsite', 'Familiencampingplatz'],
      ['Aire naturelle de camping', 'Small nature campsite', 'Naturcampingplatz'],
    ],
    details: [
      ['Emplacements délimités pour tentes, caravanes et camping-cars, et quelques chalets.', 'Marked pitches for tents, caravans and motorhomes, and a few chalets.', 'Abgegrenzte Stellplätze für Zelte, Wohnwagen und Wohnmobile sowie einige Chalets.'],
      ['Piscine chauffée, aire de jeux et snack en juillet et août.', 'Heated pool, playground and snack bar in July and August.', 'Beheiztes Schwimmbad, Spielplatz und Imbiss im Juli und August.'],
      ['Sanitaires rénovés et accessibles, laverie et dépôt de pain le matin.', 'Renovated, accessible washrooms, laundry and fresh bread every morning.', 'Renovierte, barrierefreie Sanitäranlagen, Waschsalon und morgens frisches Brot.'],
      ['Baignade et pêche dans la rivière toute proche.', 'Swimming and fishing in the nearby river.', 'Baden und Angeln im nahen Fluss.'],
    ],
    labels: ['Qualité Tourisme', 'Clef Verte', 'Accueil Vélo'],
  },
  RESTAURATION: {
    names: ['Restaurant Le Colomby', 'Auberge de {place}', 'Brasserie de la Place', 'Pizzeria Da {surname}', 'Le Bistrot de {commune}', 'Crêperie Les Korrigans', 'Ferme-auberge de {place}', 'Buvette d’alpage de {place}', 'La Table de {surname}', 'Restaurant Les Platanes', 'Le Comptoir gessien', 'Fromagerie-restaurant Le Chalet', 'L’Atelier du goût', 'Le Relais des Montagnes'],
    leads: [
      ['Restaurant traditionnel', 'Traditional restaurant', 'Traditionelles Restaurant'],
      ['Cuisine du terroir', 'Local country cooking', 'Regionale Küche'],
      ['Bistrot convivial', 'Friendly bistro', 'Gemütliches Bistro'],
      ['Table gastronomique', 'Fine dining', 'Gehobene Küche'],
      ['Pizzeria au feu de bois', 'Wood-fired pizzeria', 'Holzofenpizzeria'],
    ],
    details: [
      ['Fondue, raclette et croûtes au fromage en hiver, grillades en terrasse l’été.', 'Fondue, raclette and cheese toasts in winter, grills on the terrace in summer.', 'Im Winter Fondue, Raclette und Käseschnitten, im Sommer Grilladen auf der Terrasse.'],
      ['Le chef travaille les produits des fermes voisines et le bleu de Gex.', 'The chef cooks with produce from nearby farms and Bleu de Gex cheese.', 'Der Küchenchef verarbeitet Produkte benachbarter Höfe und Bleu de Gex.'],
      ['Menu du jour le midi en semaine, carte le soir et le week-end.', 'Set lunch menu on weekdays, à la carte in the evening and at weekends.', 'Mittagsmenü unter der Woche, abends und am Wochenende à la carte.'],
      ['Salle de quarante couverts et terrasse ombragée.', 'Forty covers inside and a shaded terrace.', 'Vierzig Plätze im Saal und eine schattige Terrasse.'],
      ['Plats à emporter et menu enfant.', 'Take-away dishes and a children’s menu.', 'Gerichte zum Mitnehmen und Kindermenü.'],
      ['Cave de vins du Jura, de Savoie et du Bugey.', 'Wines from the Jura, Savoie and Bugey.', 'Weine aus dem Jura, Savoyen und dem Bugey.'],
    ],
    labels: ['Maître Restaurateur', 'Fait maison', 'Bistrot de Pays', 'Qualité Tourisme'],
  },
  ACTIVITE: {
    names: ['Randonnée accompagnée à {place}', 'Parapente biplace — {commune}', 'Location de VTT à {commune}', 'Escalade au Mont Mussy@01173', 'Raquettes à neige à la Faucille@01247', 'Ski de fond à la Vattay@01247', 'Canyoning dans la Valserine@01104', 'Balades à cheval — {place}', 'Golf de {commune}', 'Accrobranche de {place}', 'Visite de la ferme {surname}', 'Atelier cuisine chez {surname}', 'Chiens de traîneau à Mijoux@01247', 'Spéléologie au Reculet@01419', 'Marche nordique à {commune}', 'Initiation à la pêche sur la Versoix@01143'],
    leads: [
      ['Sortie encadrée', 'Guided outing', 'Geführter Ausflug'],
      ['Activité de pleine nature', 'Outdoor activity', 'Outdoor-Aktivität'],
      ['Initiation pour tous', 'Taster session for all', 'Schnupperkurs für alle'],
      ['Sensations garanties', 'Thrills guaranteed', 'Nervenkitzel garantiert'],
    ],
    details: [
      ['Encadrement par un moniteur diplômé d’État ; matériel fourni.', 'Led by a state-certified instructor; equipment provided.', 'Mit staatlich geprüftem Trainer; Ausrüstung inklusive.'],
      ['Accessible dès huit ans, en famille ou entre amis.', 'Suitable from age eight, for families or friends.', 'Ab acht Jahren, für Familien oder Freunde.'],
      ['Départs le matin et l’après-midi, sur réservation la veille.', 'Morning and afternoon sessions, book the day before.', 'Start morgens und nachmittags, Reservierung am Vortag.'],
      ['Panorama sur le lac Léman et la chaîne des Alpes depuis les crêtes.', 'Views of Lake Geneva and the Alps from the ridges.', 'Blick auf den Genfersee und die Alpen von den Kämmen aus.'],
      ['Sorties nocturnes à la pleine lune en hiver.', 'Full-moon night outings in winter.', 'Nachtausflüge bei Vollmond im Winter.'],
      ['Tarifs dégressifs pour les groupes et les comités d’entreprise.', 'Reduced rates for groups and works councils.', 'Gruppen- und Firmenrabatte.'],
    ],
    labels: ['Qualité Tourisme', 'Accueil Vélo', 'Tourisme & Handicap'],
  },
  FETE_ET_MANIFESTATION: {
    names: ['Fête du village de {commune}', 'Marché de Noël de {commune}', 'Festival Jazz à {commune}', 'Concert à l’église de {commune}', 'Brocante de {place}', 'Fête de la musique à {commune}', 'Trail de {place}', 'Foire agricole de {commune}', 'Exposition de peinture à {commune}', 'Soirée contes au coin du feu', 'Vide-greniers de {commune}', 'Feux de la Saint-Jean à {place}', 'Marché des producteurs de {commune}', 'Bal populaire du 14 Juillet à {commune}', 'Salon des vins de {commune}', 'Fête de la montée à l’alpage', 'Nuit des étoiles à {place}', 'Course de côte de la Faucille@01173'],
    leads: [
      ['Rendez-vous festif', 'Festive event', 'Festliche Veranstaltung'],
      ['Manifestation gratuite', 'Free event', 'Kostenlose Veranstaltung'],
      ['Événement familial', 'Family event', 'Familienveranstaltung'],
      ['Rendez-vous culturel', 'Cultural event', 'Kulturelle Veranstaltung'],
    ],
    details: [
      ['Buvette et petite restauration sur place, tenues par les associations du village.', 'Drinks and snacks on site, run by the village associations.', 'Getränke und Imbiss vor Ort, betrieben von den Dorfvereinen.'],
      ['Animations pour les enfants tout l’après-midi.', 'Children’s activities all afternoon.', 'Den ganzen Nachmittag Programm für Kinder.'],
      ['Concert en soirée et feu d’artifice à la tombée de la nuit.', 'Evening concert and fireworks at nightfall.', 'Abendkonzert und Feuerwerk bei Einbruch der Dunkelheit.'],
      ['Inscriptions sur place ou en ligne jusqu’à la veille.', 'Register on site or online until the day before.', 'Anmeldung vor Ort oder online bis zum Vortag.'],
      ['Plus de quatre-vingts exposants, artisans et producteurs locaux.', 'More than eighty stands, craftspeople and local producers.', 'Über achtzig Aussteller, Handwerker und lokale Erzeuger.'],
      ['En cas de pluie, repli à la salle des fêtes.', 'If it rains, it moves to the village hall.', 'Bei Regen im Festsaal.'],
    ],
    labels: ['Éco-manifestation'],
  },
  EQUIPEMENT: {
    names: ['Piscine intercommunale de {commune}', 'Sentier des Cascades — {place}', 'Aire de pique-nique de {place}', 'Parcours santé de {commune}', 'Courts de tennis de {commune}', 'Médiathèque de {commune}', 'Patinoire de {commune}', 'Boulodrome de {place}', 'Aire de camping-cars de {commune}', 'Skatepark de {commune}', 'Terrain multisport de {place}', 'Table d’orientation de {place}', 'Via ferrata de {place}', 'Sentier botanique de {place}', 'Parcours VTT balisé de {commune}', 'Piste de luge de {place}'],
    leads: [
      ['Équipement public', 'Public facility', 'Öffentliche Einrichtung'],
      ['Sentier balisé', 'Waymarked trail', 'Markierter Weg'],
      ['Espace de loisirs', 'Leisure area', 'Freizeitanlage'],
    ],
    details: [
      ['Accès libre toute l’année, sous la responsabilité des usagers.', 'Open access all year, at users’ own risk.', 'Ganzjährig frei zugänglich, auf eigene Verantwortung.'],
      ['Boucle de six kilomètres, deux heures de marche, dénivelé modéré.', 'A six-kilometre loop, two hours’ walk, moderate climb.', 'Sechs Kilometer Rundweg, zwei Stunden, mäßige Steigung.'],
      ['Tables, bancs et point d’eau ; pensez à remporter vos déchets.', 'Tables, benches and water point; please take your litter home.', 'Tische, Bänke und Wasserstelle; bitte Abfall wieder mitnehmen.'],
      ['Vestiaires, douches et parking à l’entrée.', 'Changing rooms, showers and parking at the entrance.', 'Umkleiden, Duschen und Parkplatz am Eingang.'],
      ['Panneaux d’interprétation sur la faune et la flore du Jura.', 'Information boards on Jura wildlife and plants.', 'Infotafeln zu Tier- und Pflanzenwelt des Juras.'],
    ],
    labels: ['Tourisme & Handicap'],
  },
  COMMERCE_ET_SERVICE: {
    names: ['Fromagerie de {place}', 'Boulangerie {surname}', 'Cave {surname}', 'Épicerie fine de {commune}', 'Location de skis — {place}', 'Taxi {surname}', 'Boutique du Pays de Gex', 'Librairie de {commune}', 'Miellerie de {place}', 'Chocolaterie {surname}', 'Vente directe à la ferme {surname}', 'Cycles {surname}', 'Atelier de poterie de {place}', 'Distillerie de {place}'],
    leads: [
      ['Commerce de proximité', 'Local shop', 'Geschäft vor Ort'],
      ['Producteur local', 'Local producer', 'Lokaler Erzeuger'],
      ['Artisan passionné', 'Passionate craftsperson', 'Leidenschaftlicher Handwerker'],
      ['Service aux visiteurs', 'Service for visitors', 'Service für Besucher'],
    ],
    details: [
      ['Bleu de Gex, comté et tommes affinés sur place.', 'Bleu de Gex, Comté and tommes matured on site.', 'Vor Ort gereifter Bleu de Gex, Comté und Tomme.'],
      ['Paniers garnis et coffrets cadeaux sur commande.', 'Gift baskets and boxes made to order.', 'Geschenkkörbe und -boxen auf Bestellung.'],
      ['Vente à la ferme le vendredi et au marché de Gex le samedi.', 'Farm shop on Fridays and at Gex market on Saturdays.', 'Hofverkauf freitags und samstags auf dem Markt in Gex.'],
      ['Location à la journée ou à la semaine, réglage du matériel offert.', 'Hire by the day or the week, equipment fitting included.', 'Verleih pro Tag oder Woche, Einstellung der Ausrüstung inklusive.'],
      ['Visite de l’atelier sur rendez-vous.', 'Workshop visits by appointment.', 'Werkstattbesuch nach Vereinbarung.'],
    ],
    labels: ['Vignobles & Découvertes', 'Bienvenue à la ferme', 'Produit en Pays de Gex'],
  },
  PATRIMOINE_CULTUREL: {
    names: ['Château de Voltaire@01160', 'Fort l’Écluse@01209', 'Église Saint-Pierre de {commune}', 'Abbaye de Chézery@01104', 'Musée de la Fruitière de {place}', 'Lavoir de {place}', 'Chapelle de {place}', 'Moulin de {place}', 'Maison forte de {place}', 'Temple de {commune}', 'Four banal de {place}', 'Pont du Moulin de {commune}', 'Château de {commune}', 'Monument de la Porte de France@01173'],
    leads: [
      ['Monument historique', 'Listed historic monument', 'Denkmalgeschütztes Bauwerk'],
      ['Patrimoine rural', 'Rural heritage', 'Ländliches Kulturerbe'],
      ['Lieu de mémoire', 'Place of remembrance', 'Gedenkort'],
      ['Site à visiter', 'Site to visit', 'Sehenswürdigkeit'],
    ],
    details: [
      ['Visites guidées le week-end et pendant les Journées européennes du patrimoine.', 'Guided tours at weekends and during European Heritage Days.', 'Führungen am Wochenende und an den Europäischen Tagen des Denkmals.'],
      ['Le bâtiment, du XVIIIe siècle, a été restauré par la commune.', 'The eighteenth-century building was restored by the town.', 'Das Gebäude aus dem 18. Jahrhundert wurde von der Gemeinde restauriert.'],
      ['Exposition permanente sur l’histoire du Pays de Gex et de ses fruitières.', 'Permanent exhibition on the history of the Pays de Gex and its cheese dairies.', 'Dauerausstellung zur Geschichte des Pays de Gex und seiner Käsereien.'],
      ['Livret de visite pour les enfants à l’accueil.', 'A children’s guide booklet is available at the entrance.', 'Ein Besucherheft für Kinder liegt am Eingang bereit.'],
      ['Le site domine le défilé du Rhône.', 'The site overlooks the Rhône gorge.', 'Der Ort thront über der Rhôneschlucht.'],
    ],
    labels: ['Monument historique', 'Maisons des Illustres', 'Tourisme & Handicap'],
  },
  PATRIMOINE_NATUREL: {
    names: ['Col de la Faucille@01247', 'Mont Rond@01247', 'Crêt de la Neige@01210', 'Réserve naturelle de la Haute Chaîne du Jura@01173', 'Gorges de la Valserine@01104', 'Lac de Divonne@01143', 'Marais de {place}', 'Cascade de {place}', 'Source de la Versoix@01143', 'Étang de {place}', 'Forêt de {place}', 'Colomby de Gex@01173', 'Mont Reculet@01419', 'Vallon de Vesancy@01436'],
    leads: [
      ['Site naturel remarquable', 'Outstanding natural site', 'Bemerkenswertes Naturgebiet'],
      ['Espace naturel protégé', 'Protected natural area', 'Naturschutzgebiet'],
      ['Belvédère', 'Viewpoint', 'Aussichtspunkt'],
    ],
    details: [
      ['Chamois, tétras et gentianes : restez sur les sentiers et tenez les chiens en laisse.', 'Chamois, grouse and gentians: stay on the paths and keep dogs on a lead.', 'Gämsen, Auerhühner und Enzian: bleiben Sie auf den Wegen und leinen Sie Hunde an.'],
      ['Panorama à 360° sur le Léman, les Alpes et le Mont-Blanc par temps clair.', 'A 360° view over Lake Geneva, the Alps and Mont Blanc on clear days.', 'Bei klarem Wetter Rundblick über den Genfersee, die Alpen und den Mont Blanc.'],
      ['Sorties nature avec un garde de la réserve en été.', 'Nature walks with a reserve warden in summer.', 'Im Sommer Naturführungen mit einem Ranger.'],
      ['Accès à pied depuis le parking, vingt minutes de marche.', 'Reached on foot from the car park, a twenty-minute walk.', 'Zu Fuß vom Parkplatz aus, zwanzig Minuten Gehzeit.'],
    ],
    labels: ['Réserve naturelle', 'Natura 2000'],
  },
};

export const SURNAMES = ['Martin', 'Bernard', 'Dubois', 'Favre', 'Girod', 'Mercier', 'Perrin', 'Blanc', 'Chevalier', 'Gauthier', 'Collet', 'Grosjean', 'Vuaillat', 'Dunand', 'Roux', 'Lacroix', 'Bouvier', 'Gallet', 'Janin', 'Reverchon'];

export const INTERNAL_CRITERIA = ['Guide touristique 2026', 'Carte touristique', 'Mise en avant site web', 'Brochure hébergements', 'Agenda papier', 'Écran d’accueil'];

export const SENT_BACK_COMMENTS = [
  'Merci de préciser les horaires du dimanche : la période ne les indique pas.',
  'La description en anglais semble traduite automatiquement : pouvez-vous la relire ?',
  'Le tarif enfant manque : indiquez-le ou précisez que l’activité est réservée aux adultes.',
  'Le numéro de téléphone ne répond pas : vérifiez-le avant que nous publiions.',
  'Ajoutez une photo avec son crédit, la fiche n’en a aucune.',
];

export const REJECT_COMMENTS = [
  'Le nom doit rester celui de l’enseigne.',
  'Cette information relève de la fiche de la commune.',
];
