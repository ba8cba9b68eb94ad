/**
 * Event extraction cases, written for this project: a short article (headline
 * line, then body) and what a coder would record. `actors`/`targets`/`weapons`
 * list substrings each expected filler must contain; `location` likewise.
 */
export interface EventCase {
  lang: "fr" | "en" | "es";
  published: string;
  text: string;
  events: {
    sub_event_type: string;
    date?: string | null;
    country?: string | null;
    location?: string;
    actors?: string[];
    targets?: string[];
    weapons?: string[];
    fatalities?: number | null;
    injured?: number | null;
  }[];
}

export const CASES: EventCase[] = [
  {
    lang: "en",
    published: "2023-03-10",
    text: "Five villagers killed in Borno\n\nPolice said on Thursday that gunmen had killed five villagers near Maiduguri on Tuesday night.",
    events: [{ sub_event_type: "Attack", date: "2023-03-07", country: "NG", actors: ["gunmen"], fatalities: 5 }],
  },
  {
    lang: "fr",
    published: "2023-03-10",
    text: "Cinq villageois tués au Nord-Kivu\n\nL'armée a indiqué jeudi que des rebelles avaient tué cinq villageois près de Beni mardi soir.",
    events: [{ sub_event_type: "Attack", date: "2023-03-07", country: "CD", actors: ["rebelles"], fatalities: 5 }],
  },
  {
    lang: "en",
    published: "2022-05-09",
    text: "Car bomb kills eight in Somali town\n\nA car bomb exploded in the town of Baidoa on Sunday, killing eight people. Witnesses said the bomber parked the car outside the Central mosque before it blew up. Later an angry mob set fire to a police station near the site of the blast.",
    events: [
      { sub_event_type: "Remote explosive/landmine/IED", date: "2022-05-08", country: "SO", location: "Central mosque", weapons: ["car bomb"], fatalities: 8 },
      { sub_event_type: "Mob violence", country: "SO", fatalities: null },
    ],
  },
  {
    lang: "fr",
    published: "2024-03-14",
    text: "Trois roquettes tirées sur une base au Niger\n\nTrois roquettes ont été tirées mercredi soir sur la base militaire de Tillabéri, dans l'ouest du Niger, sans faire de victimes, a indiqué l'armée.",
    events: [{ sub_event_type: "Shelling/artillery/missile attack", date: "2024-03-13", country: "NE", location: "Tillab", weapons: ["roquettes"], fatalities: 0, injured: 0 }],
  },
  {
    lang: "fr",
    published: "2023-05-08",
    text: "Des hommes armés ont attaqué dimanche le village de Kobana, dans le nord du Burkina Faso, et ont tué au moins 12 civils, selon une source locale.",
    events: [{ sub_event_type: "Attack", date: "2023-05-07", country: "BF", location: "Kobana", actors: ["hommes armés"], targets: ["civils"], fatalities: 12 }],
  },
  {
    lang: "fr",
    published: "2022-10-02",
    text: "Un missile intercepté au-dessus de la ville\n\nLes rebelles ont tiré samedi un missile balistique contre l'aéroport de Jizan, mais il a été intercepté par la défense aérienne, selon la coalition.",
    events: [{ sub_event_type: "Disrupted weapons use", weapons: ["missile"], fatalities: null }],
  },
  {
    lang: "fr",
    published: "2021-09-10",
    text: "Au total, 60 attaques ont visé des positions de l'armée depuis le début de l'année dans la région.",
    events: [],
  },
  {
    lang: "en",
    published: "2019-04-12",
    text: "Roadside bomb kills four soldiers in Helmand\n\nA roadside bomb struck an army patrol on Thursday in the Garmsir district of Helmand province, killing four soldiers and wounding two others, officials said.",
    events: [{ sub_event_type: "Remote explosive/landmine/IED", date: "2019-04-11", country: "AF", location: "Garmsir", weapons: ["roadside bomb"], fatalities: 4, injured: 2 }],
  },
  {
    lang: "en",
    published: "2020-11-03",
    text: "Suspected militants stormed a police post near Mosul on Monday, killing three policemen, police said. The attack was claimed by Islamic State.",
    events: [{ sub_event_type: "Armed clash", date: "2020-11-02", country: "IQ", actors: ["Islamic State"], targets: ["police"], fatalities: 3 }],
  },
  {
    lang: "en",
    published: "2018-02-02",
    text: "The city council approved the new budget on Thursday with 31 votes in favour, and the marathon drew 20,000 runners.",
    events: [],
  },
  {
    lang: "es",
    published: "2017-06-20",
    text: "Un atentado suicida con coche bomba dejó al menos 9 muertos y 20 heridos el lunes en Mogadiscio, según la policía somalí.",
    events: [{ sub_event_type: "Suicide bomb", date: "2017-06-19", country: "SO", location: "Mogadiscio", weapons: ["coche bomba"], fatalities: 9, injured: 20 }],
  },
  {
    lang: "es",
    published: "2016-08-05",
    text: "Hombres armados secuestraron ayer a cuatro trabajadores humanitarios en la provincia de Kivu del Norte, informó la ONU.",
    events: [{ sub_event_type: "Abduction/forced disappearance", date: "2016-08-04", actors: ["Hombres armados"] }],
  },
];
