/**
 * One sentence per pattern family and language, written for this project
 * (chrono test/fr style): what the sentence must yield. `type` is the
 * sub-event type of the single expected event (null: no event at all);
 * `actor`, `target`, `weapon` are substrings one filler must contain;
 * `attribution` is the first actor's; figures are exact.
 */
export interface PatternCase {
  text: string;
  type: string | null;
  actor?: string;
  attribution?: string;
  unnamed?: boolean;
  target?: string;
  weapon?: string;
  fatalities?: number | null;
  injured?: number | null;
  attackers?: number | null;
}

export const PATTERNS: Record<"fr" | "en" | "es", PatternCase[]> = {
  fr: [
    { text: "Des jihadistes présumés ont attaqué mardi un poste de gendarmerie à Dori, tuant quatre gendarmes.", type: "Armed clash", actor: "jihadistes", attribution: "suspected", target: "poste de gendarmerie", fatalities: 4 },
    { text: "Le camp militaire de Boulkessi a été la cible d'une attaque à la roquette samedi.", type: "Shelling/artillery/missile attack", target: "camp militaire de Boulkessi", weapon: "roquette" },
    { text: "L'attaque, revendiquée par le JNIM, a fait 11 morts et 7 blessés parmi les soldats.", type: "Armed clash", actor: "JNIM", attribution: "claimed", fatalities: 11, injured: 7 },
    { text: "Des hommes armés non identifiés ont enlevé dimanche trois enseignants près de Mopti.", type: "Abduction/forced disappearance", actor: "hommes armés", unnamed: true },
    { text: "Un engin explosif improvisé a visé un convoi de l'armée sur la route de Gao, faisant deux morts.", type: "Remote explosive/landmine/IED", weapon: "engin explosif improvisé", target: "convoi", fatalities: 2 },
    { text: "Un kamikaze s'est fait exploser devant une mosquée de Maiduguri, tuant 9 fidèles.", type: "Suicide bomb", fatalities: 9 },
    { text: "Une frappe de drone a détruit un dépôt d'armes près de Kidal.", type: "Air/drone strike" },
    { text: "Le drone a été abattu par la défense aérienne avant d'atteindre la base, sans faire de victimes.", type: "Disrupted weapons use", fatalities: 0, injured: 0 },
    { text: "La police a arrêté cinq suspects après l'attentat.", type: "Arrests", actor: "police" },
    { text: "Des manifestants ont défilé pacifiquement à Dakar pour réclamer des élections.", type: "Peaceful protest" },
    { text: "Selon l'armée, 20 assaillants ont été tués lors de l'attaque du camp de Tessit par des jihadistes, qui a coûté la vie à 3 soldats.", type: "Armed clash", fatalities: 23, attackers: 20 },
    { text: "Des combattants de l'État islamique ont visé jeudi une patrouille de l'armée nigériane près de Monguno.", type: "Armed clash", actor: "État islamique", target: "patrouille" },
    { text: "Le commissariat de Fada N'Gourma a été la cible de tirs nourris dans la nuit de lundi à mardi.", type: "Armed clash", target: "commissariat" },
    { text: "Deux obus de mortier se sont abattus mercredi sur le marché central de Goma, faisant un mort et huit blessés.", type: "Shelling/artillery/missile attack", weapon: "obus", target: "marché", injured: 8 },
    { text: "Cette attaque a été attribuée par les autorités au groupe Ansarul Islam.", type: "Attack", actor: "Ansarul Islam", attribution: "alleged" },
    { text: "Des affrontements entre l'armée et les rebelles du M23 ont fait 15 morts lundi dans le territoire de Rutshuru.", type: "Armed clash", fatalities: 15 },
    { text: "Une grenade a été lancée contre un bar de Bujumbura samedi soir, blessant six personnes.", type: "Grenade", weapon: "grenade", target: "bar", injured: 6 },
    { text: "Un camp de l'armée nigérienne près de Tillabéri a été attaqué jeudi par des hommes armés, selon une source sécuritaire.", type: "Armed clash", target: "camp de l'armée nigérienne", actor: "hommes armés" },
    { text: "Un kamikaze s'est fait exploser lundi devant le commissariat central de Maiduguri, tuant quatre policiers.", type: "Suicide bomb", fatalities: 4 },
    { text: "L'ingénieur Marc Delorme, 58 ans, a été enlevé samedi soir à Kano par des hommes armés.", type: "Abduction/forced disappearance", target: "Marc Delorme", actor: "hommes armés" },
    { text: "Une foule en colère a incendié mardi le commissariat de Bukavu après la mort d'un motard.", type: "Mob violence", actor: "foule" },
    { text: "Les rebelles ont tiré dimanche un missile en direction de l'aéroport de Jizan, a indiqué la coalition.", type: "Shelling/artillery/missile attack", target: "aéroport de Jizan", weapon: "missile" },
    { text: "Près de 2 000 personnes ont participé samedi à un rassemblement à Niamey contre la vie chère.", type: "Peaceful protest" },
    { text: "L'attaque lyonnaise a dominé le match et le gardien a été la cible des supporters adverses.", type: null },
    { text: "Les prix de l'énergie ont explosé de 20 % en un an et le ministre a été bombardé de questions.", type: null },
    { text: "L'opposition a lancé une offensive contre la réforme des retraites, adoptée par 287 voix.", type: null },
    { text: "Depuis le début de l'année, 120 attaques ont visé des civils dans la région.", type: null },
    { text: "L'équipe de France a battu le Brésil 3 à 1 dimanche soir au Stade de France.", type: null },
  ],
  en: [
    { text: "Suspected militants attacked a police checkpoint in Mardan on Tuesday, killing three officers.", type: "Armed clash", actor: "militants", attribution: "suspected", target: "police checkpoint", fatalities: 3 },
    { text: "The army base near Tal Afar was hit by rocket fire on Sunday, officials said.", type: "Shelling/artillery/missile attack", target: "army base" },
    { text: "The bombing, claimed by al-Shabaab, killed 14 people and wounded 20 at a market in Baidoa.", type: "Remote explosive/landmine/IED", actor: "al-Shabaab", attribution: "claimed", fatalities: 14, injured: 20 },
    { text: "Unidentified gunmen abducted four aid workers near Bunia on Friday.", type: "Abduction/forced disappearance", actor: "gunmen", unnamed: true },
    { text: "A roadside bomb struck a military convoy in Kandahar, killing two soldiers.", type: "Remote explosive/landmine/IED", weapon: "roadside bomb", fatalities: 2 },
    { text: "A suicide bomber blew himself up at a checkpoint in Kabul, killing at least 6 people.", type: "Suicide bomb", fatalities: 6 },
    { text: "An airstrike hit a weapons depot outside Idlib overnight.", type: "Air/drone strike" },
    { text: "The missile was intercepted before reaching the airport and no one was hurt.", type: "Disrupted weapons use", fatalities: 0, injured: 0 },
    { text: "Police arrested twelve suspects in connection with the bombing.", type: "Arrests", actor: "Police" },
    { text: "Thousands of protesters rallied peacefully in the capital to demand reforms.", type: "Peaceful protest" },
    { text: "The attack was blamed on Iran-backed militias by US officials.", type: "Attack", actor: "militias", attribution: "alleged" },
    { text: "Islamic State fighters targeted an army patrol near Monguno on Thursday.", type: "Armed clash", actor: "Islamic State", target: "army patrol" },
    { text: "A police station in Peshawar came under attack late on Monday, police said.", type: "Armed clash", target: "police station" },
    { text: "Two mortar shells landed on the central market in Goma on Wednesday, killing one person and wounding eight.", type: "Shelling/artillery/missile attack", weapon: "mortar shells", target: "market", injured: 8 },
    { text: "Clashes between the army and M23 rebels killed 15 people on Monday in Rutshuru territory.", type: "Armed clash", fatalities: 15 },
    { text: "A grenade was thrown at a bar in Bujumbura on Saturday night, wounding six people.", type: "Grenade", weapon: "grenade", target: "bar", injured: 6 },
    { text: "Gunmen on motorbikes shot dead a local chief and his driver in Kaduna state.", type: "Attack", actor: "Gunmen", fatalities: null },
    { text: "A convoy of the Nigerian army near Damboa was ambushed on Tuesday by insurgents, a security source said.", type: "Armed clash", target: "convoy", actor: "insurgents" },
    { text: "French and Malian forces launched an operation against jihadists near Menaka on Sunday, the army said.", type: "Armed clash", actor: "French and Malian forces", target: "jihadists" },
    { text: "A car bomb ripped through a crowded market in Mogadishu on Saturday, killing at least nine people.", type: "Remote explosive/landmine/IED", weapon: "car bomb", target: "market", fatalities: 9 },
    { text: "A suicide bomber killed six soldiers at a checkpoint near Kunduz on Thursday.", type: "Suicide bomb", actor: "suicide bomber", fatalities: 6 },
    { text: "Gunmen claimed the assassination of Ahmed Wali Noori, a provincial council member, in Ghazni on Monday.", type: "Attack", target: "Ahmed Wali Noori" },
    { text: "Gunmen ambushed a fuel convoy escorted by police units near Zamfara on Monday, killing four drivers.", type: "Armed clash", target: "fuel convoy", actor: "Gunmen" },
    { text: "An angry mob set fire to a police station in Kisumu on Friday after a man died in custody.", type: "Mob violence", actor: "mob" },
    { text: "Police arrested eight suspects in the eastern town of Sialkot on Tuesday after the bombing.", type: "Arrests", target: "suspects" },
    { text: "Some 3,000 people joined a demonstration in Dakar on Friday against the rising cost of living.", type: "Peaceful protest" },
    { text: "The Lakers' attack was unstoppable as LeBron James shot 12 of 18 from the field.", type: null },
    { text: "Oil prices exploded after the OPEC meeting, hitting $90 a barrel, as 3,000 workers went on strike.", type: null },
    { text: "The senator came under fire for his comments on the budget.", type: null },
    { text: "There have been 45 attacks on aid convoys since January, the UN said.", type: null },
    { text: "The team won the cup final 2-1 on Saturday in front of 60,000 fans.", type: null },
    { text: "The survey demonstrated that 40 percent of voters had changed their minds since the debate.", type: null },
  ],
  es: [
    { text: "Presuntos yihadistas atacaron el martes un puesto militar en Menaka y mataron a cinco soldados.", type: "Armed clash", actor: "yihadistas", attribution: "suspected", target: "puesto", fatalities: 5 },
    { text: "Un atentado con coche bomba contra la sede de la policía dejó 8 muertos y 15 heridos en Mogadiscio.", type: "Remote explosive/landmine/IED", weapon: "coche bomba", target: "sede de la policía", fatalities: 8, injured: 15 },
    { text: "El ataque, reivindicado por el Estado Islámico, causó la muerte de 12 personas.", type: "Attack", actor: "Estado Islámico", attribution: "claimed", fatalities: 12 },
    { text: "Hombres armados secuestraron el domingo a seis campesinos en el departamento de Cauca.", type: "Abduction/forced disappearance", actor: "Hombres armados", unnamed: true },
    { text: "Un terrorista suicida se inmoló en una mezquita de Kunduz y mató a 30 fieles.", type: "Suicide bomb", fatalities: 30 },
    { text: "Un bombardeo aéreo destruyó un depósito de armas cerca de Alepo.", type: "Air/drone strike" },
    { text: "El misil fue interceptado por la defensa aérea antes de alcanzar la ciudad, sin causar víctimas.", type: "Disrupted weapons use", fatalities: 0, injured: 0 },
    { text: "La policía detuvo a siete sospechosos tras el atentado.", type: "Arrests", actor: "policía" },
    { text: "Miles de personas participaron en una manifestación pacífica en Quito.", type: "Peaceful protest" },
    { text: "Un atentado contra una patrulla militar dejó tres soldados muertos en Tumaco.", type: "Armed clash", target: "patrulla militar", fatalities: 3 },
    { text: "Dos proyectiles de mortero cayeron el miércoles sobre el mercado de Goma, con un saldo de ocho heridos.", type: "Shelling/artillery/missile attack", weapon: "mortero", injured: 8 },
    { text: "Los enfrentamientos entre el ejército y los rebeldes dejaron 15 muertos el lunes en Rutshuru.", type: "Armed clash", fatalities: 15 },
    { text: "Una granada fue lanzada contra un bar de Bujumbura, hiriendo a seis personas.", type: "Grenade", weapon: "granada", target: "bar", injured: 6 },
    { text: "Sicarios asesinaron a un líder comunitario en el estado de Guerrero.", type: "Attack", actor: "Sicarios" },
    { text: "Un cuartel de la policía nacional en Tumaco fue atacado el lunes por disidentes armados, según fuentes oficiales.", type: "Armed clash", target: "cuartel de la policía nacional" },
    { text: "Las fuerzas colombianas y ecuatorianas lanzaron el sábado una ofensiva contra los rebeldes cerca de Tumaco.", type: "Armed clash", actor: "fuerzas colombianas y ecuatorianas", target: "rebeldes" },
    { text: "Un suicida mató el viernes a siete policías frente a una comisaría de Kabul.", type: "Suicide bomb", actor: "suicida", fatalities: 7 },
    { text: "El periodista Luis Alberto Quiñónez fue secuestrado el martes en Esmeraldas por hombres armados.", type: "Abduction/forced disappearance", target: "Luis Alberto Quiñónez" },
    { text: "Una turba incendió el jueves la alcaldía de Ovejas tras la muerte de un líder comunal.", type: "Mob violence", actor: "turba" },
    { text: "El ataque del Barcelona fue demoledor y el delantero disparó tres veces a puerta.", type: null },
    { text: "Los precios se dispararon un 15% y el Gobierno fue blanco de críticas por la inflación.", type: null },
    { text: "La oposición lanzó una ofensiva contra la reforma laboral, aprobada por 176 votos.", type: null },
    { text: "En lo que va de año, 300 ataques han sido registrados en el país.", type: null },
    { text: "El Real Madrid ganó 3-0 al Barcelona ante 80.000 espectadores.", type: null },
  ],
};
